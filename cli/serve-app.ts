import { createSlackRoutes, type SlackRoutes } from '../integrations';
import {
  type AuthConfig,
  createApp,
  type EvalService,
  type Logger,
  type MixPilotApp,
  type RateLimitConfig,
} from '../server';
import type { Config } from './config';
import { createHttpEvalService } from './eval-adapter';
import { DEMO_WORKSPACE, type Runtime } from './runtime';
import { createStoreSlackDeps } from './slack-deps';

/** HTTP settings derived from the configuration. */
export interface ServerSettings {
  auth: AuthConfig;
  rateLimit: RateLimitConfig;
  corsOrigins: string[];
  trustProxy: boolean;
  /** Agent turns run at once; more wait in arrival order. */
  maxConcurrentTurns: number;
}

/**
 * Local mode (credential-less requests act on `demo`, loopback only) unless a JWT secret, a JWKS
 * URL or MIXPILOT_REQUIRE_AUTH is set. API keys are accepted in both modes.
 */
export function serverSettings(config: Config): ServerSettings {
  const required = Boolean(
    config.MIXPILOT_JWT_SECRET || config.MIXPILOT_JWKS_URL || config.MIXPILOT_REQUIRE_AUTH,
  );
  return {
    auth: {
      mode: required ? 'required' : 'local',
      localWorkspace: DEMO_WORKSPACE,
      ...(config.MIXPILOT_JWT_SECRET ? { jwtSecret: config.MIXPILOT_JWT_SECRET } : {}),
      ...(config.MIXPILOT_JWKS_URL ? { jwksUrl: config.MIXPILOT_JWKS_URL } : {}),
    },
    rateLimit: { perMinute: config.MIXPILOT_RATE_LIMIT },
    corsOrigins: (config.MIXPILOT_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: config.MIXPILOT_TRUST_PROXY,
    maxConcurrentTurns: config.MIXPILOT_MAX_CONCURRENT_TURNS ?? (config.OPENAI_API_KEY ? 32 : 4),
  };
}

/** True when `probe` resolves: a dependency of readiness answers. */
async function answers(probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch {
    return false;
  }
}

/** The composed HTTP app and the Slack routes mounted on it, if any. */
export interface ServerApp {
  app: MixPilotApp;
  slack?: SlackRoutes;
}

/**
 * Builds the HTTP app over a runtime: the REST API and widget, Slack over HTTP when its bot token
 * and signing secret are configured, and eval runs (the evals service unless `evals: false`).
 */
export function composeServerApp(
  runtime: Runtime,
  options: { logger: Logger; settings?: Partial<ServerSettings>; evals?: EvalService | false },
): ServerApp {
  const { config, store, agent, workspaces } = runtime;
  const settings = { ...serverSettings(config), ...options.settings };
  let slack: SlackRoutes | undefined;
  if (config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET) {
    slack = createSlackRoutes(
      createStoreSlackDeps({
        store,
        agent,
        logger: options.logger,
        ...(config.MIXPILOT_PUBLIC_URL ? { publicUrl: config.MIXPILOT_PUBLIC_URL } : {}),
      }),
      { botToken: config.SLACK_BOT_TOKEN, signingSecret: config.SLACK_SIGNING_SECRET },
    );
  }
  const mounted = slack;
  const app = createApp({
    store,
    agent,
    workspaces,
    logger: options.logger,
    auth: settings.auth,
    rateLimit: settings.rateLimit,
    corsOrigins: settings.corsOrigins,
    trustProxy: settings.trustProxy,
    maxConcurrentTurns: settings.maxConcurrentTurns,
    documents: runtime.knowledge,
    ready: async () => ({
      database: await answers(() => runtime.db.sql.query('select 1', [])),
      vectorStore: await answers(() => runtime.knowledge.listWorkspaceDocs(DEMO_WORKSPACE)),
    }),
    ...(options.evals === false
      ? {}
      : { evals: options.evals ?? createHttpEvalService(runtime, options.logger) }),
    ...(mounted ? { mounts: [(a) => void a.route('/', mounted)] } : {}),
  });
  return { app, ...(slack ? { slack } : {}) };
}
