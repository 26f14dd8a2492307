import { startSlackSocketMode } from '../integrations';
import { createJsonLogger, type Logger, type RunningServer, startServer } from '../server';
import { invalid } from '../tools';
import type { Config } from './config';
import { createRuntime, type Runtime, type RuntimeOptions } from './runtime';
import { composeServerApp, type ServerSettings, serverSettings } from './serve-app';
import { createStoreSlackDeps } from './slack-deps';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** A running MixPilot service. */
export interface Service {
  url: string;
  mode: 'local' | 'required';
  runtime: Runtime;
  /** Graceful stop: no new connections, in-flight requests finish (up to the grace period), then Slack and the database close. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  port?: number;
  host?: string;
  logger?: Logger;
  settings?: Partial<ServerSettings>;
  runtime?: RuntimeOptions;
}

/**
 * Starts the service: runtime (database, knowledge index, demo workspace fitted), HTTP app with the
 * widget, Slack over HTTP or Socket Mode when configured. Refuses a non-loopback host in local mode.
 */
export async function startService(config: Config, options: ServiceOptions = {}): Promise<Service> {
  const logger = options.logger ?? createJsonLogger(config.LOG_LEVEL);
  const settings = { ...serverSettings(config), ...options.settings };
  const mode = settings.auth.mode;
  const host = options.host ?? config.HOST ?? (mode === 'local' ? '127.0.0.1' : '0.0.0.0');
  if (mode === 'local' && !LOOPBACK.has(host)) {
    throw invalid(
      '--host',
      `no authentication is configured, so MixPilot listens on loopback only (not ${host}); set MIXPILOT_JWT_SECRET, MIXPILOT_JWKS_URL or MIXPILOT_REQUIRE_AUTH=true and create API keys with \`mixpilot keys create\``,
      'invalid_input',
    );
  }
  const started = performance.now();
  const runtime = await createRuntime(config, options.runtime);
  try {
    const report = await runtime.knowledge.indexMethodology();
    logger.info('knowledge base indexed', {
      added: report.added.length,
      updated: report.updated.length,
      unchanged: report.unchanged.length,
    });
    const { app, slack } = composeServerApp(runtime, { logger, settings });
    const server: RunningServer = await startServer(app, {
      port: options.port ?? config.PORT,
      host,
      logger,
    });
    let socket: { stop(): Promise<void> } | undefined;
    if (config.SLACK_APP_TOKEN && config.SLACK_BOT_TOKEN) {
      socket = await startSlackSocketMode(
        createStoreSlackDeps({ store: runtime.store, agent: runtime.agent, logger }),
        {
          botToken: config.SLACK_BOT_TOKEN,
          signingSecret: config.SLACK_SIGNING_SECRET ?? '',
          appToken: config.SLACK_APP_TOKEN,
        },
      );
    }
    logger.info('listening', {
      url: server.url,
      pid: process.pid,
      mode,
      slack: socket ? 'socket mode' : slack ? 'http' : 'off',
      startupMs: Math.round(performance.now() - started),
    });
    let stopping: Promise<void> | undefined;
    return {
      url: server.url,
      mode,
      runtime,
      stop() {
        stopping ??= (async () => {
          logger.info('shutting down');
          await server.close(config.MIXPILOT_SHUTDOWN_GRACE * 1000);
          await slack?.drain();
          await socket?.stop();
          await runtime.close();
          logger.info('stopped');
        })();
        return stopping;
      },
    };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}
