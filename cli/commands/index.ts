import type { Command } from '../command';
import { askCommand } from './ask';
import { evalCommand } from './eval';
import { fitCommand } from './fit';
import { keysCommand } from './keys';
import { knowledgeCommand } from './knowledge';
import { optimizeCommand } from './optimize';
import { serveCommand } from './serve';
import { whatifCommand } from './whatif';

/** Every subcommand, in the order `mixpilot --help` lists them. */
export const commands: Command[] = [
  askCommand,
  fitCommand,
  whatifCommand,
  optimizeCommand,
  knowledgeCommand,
  evalCommand,
  serveCommand,
  keysCommand,
];
