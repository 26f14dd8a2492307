// Public surface of the CLI (the composition root).
export type { Command, CommandIO } from './command';
export type { Config } from './config';
export { loadConfig } from './config';
export { helpText, main } from './main';
export type { Runtime, RuntimeOptions } from './runtime';
export { createRuntime, DEMO_WORKSPACE, seedDemo } from './runtime';
