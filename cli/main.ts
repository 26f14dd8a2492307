import { isMixPilotError } from '../tools';
import type { Command, CommandIO } from './command';
import { commands } from './commands/index';

const processIO: CommandIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  env: process.env,
};

export function helpText(list: Command[] = commands): string {
  const width = Math.max(8, ...list.map((c) => c.name.length));
  const lines = list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'mixpilot: conversational marketing-mix modeling',
    '',
    'Usage: mixpilot <command> [options]',
    '',
    'Commands:',
    ...(lines.length > 0 ? lines : ['  (none yet)']),
    '',
    'Run `mixpilot <command> --help` for the options of one command.',
  ].join('\n');
}

/**
 * "--seed -1", "--move '-20% tv->social'": a value starting with a minus and a number is the
 * option's value (node's parser would call it ambiguous), so it is joined as `--seed=-1`.
 */
export function joinNegativeValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (/^--[a-z][\w-]*$/.test(arg) && next !== undefined && /^-[\d.$€£]/.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}

/** Errors of node's argument parser: a usage mistake (exit 2), not a failure. */
const USAGE_ERROR = /^ERR_PARSE_ARGS_/;

/** Runs the CLI and returns the exit code. Expected failures print one readable line. */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`mixpilot: unknown command '${name}'. Run \`mixpilot --help\` for the list.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  try {
    return await command.run(joinNegativeValues(rest), io);
  } catch (error) {
    if (isMixPilotError(error)) {
      io.err(`mixpilot ${name}: ${error.message}`);
      return error.code === 'internal' || error.code === 'upstream' ? 1 : 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`mixpilot ${name}: ${message.split('\n')[0]}`);
    return USAGE_ERROR.test(String((error as { code?: unknown }).code ?? '')) ? 2 : 1;
  }
}
