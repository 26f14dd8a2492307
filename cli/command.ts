/** A CLI subcommand: parses its own arguments and returns the process exit code. */
export interface Command {
  name: string;
  /** One line for `mixpilot --help`. */
  summary: string;
  /** Full usage text for `mixpilot <name> --help`. */
  usage: string;
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** Where a command writes; injected so tests capture output. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}
