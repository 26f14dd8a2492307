// Public surface of server/. Other parts import only from here.
export type { MixPilotApp } from './app';
export { createApp } from './app';
export type {
  AppDeps,
  AppEnv,
  AuthConfig,
  EvalRunView,
  EvalService,
  Logger,
  Principal,
  RateLimitConfig,
  ReadinessCheck,
  WorkspaceDocuments,
} from './app-types';
export type { LogLevel } from './http/json-logger';
export { createJsonLogger, createMemoryLogger } from './http/json-logger';
export type { RunningServer } from './serve';
export { startServer } from './serve';
