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
    return await command.run(rest, io);
  } catch (error) {
    if (isMixPilotError(error)) {
      io.err(`mixpilot ${name}: ${error.message}`);
      return error.code === 'internal' || error.code === 'upstream' ? 1 : 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`mixpilot ${name}: ${message.split('\n')[0]}`);
    return 1;
  }
}
