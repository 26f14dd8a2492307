import type { Command } from '../command';
import { fitCommand } from './fit';

/** Every subcommand, in the order `mixpilot --help` lists them. */
export const commands: Command[] = [fitCommand];
