import type { Command } from '../command';
import { askCommand } from './ask';
import { fitCommand } from './fit';
import { knowledgeCommand } from './knowledge';
import { optimizeCommand } from './optimize';
import { whatifCommand } from './whatif';

/** Every subcommand, in the order `mixpilot --help` lists them. */
export const commands: Command[] = [
  askCommand,
  fitCommand,
  whatifCommand,
  optimizeCommand,
  knowledgeCommand,
];
