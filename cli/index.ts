// Public surface of the CLI (the composition root).
export type { Command, CommandIO } from './command';
export type { Config } from './config';
export { loadConfig } from './config';
export { helpText, main } from './main';
export type { Runtime, RuntimeOptions } from './runtime';
export { createRuntime, DEMO_WORKSPACE, seedDemo } from './runtime';
export type { ServerApp, ServerSettings } from './serve-app';
export { composeServerApp, serverSettings } from './serve-app';
export type { Service, ServiceOptions } from './serve-service';
export { startService } from './serve-service';
export { createStoreSlackDeps, slackWorkspaceId } from './slack-deps';
