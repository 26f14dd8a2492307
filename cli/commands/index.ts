import type { Command } from '../command';
import { fitCommand } from './fit';
import { knowledgeCommand } from './knowledge';
import { optimizeCommand } from './optimize';
import { whatifCommand } from './whatif';

/** Every subcommand, in the order `mixpilot --help` lists them. */
export const commands: Command[] = [fitCommand, whatifCommand, optimizeCommand, knowledgeCommand];
