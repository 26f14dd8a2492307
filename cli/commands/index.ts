import type { Command } from '../command';

/** Every subcommand, in the order `mixpilot --help` lists them. */
export const commands: Command[] = [];
