import {
  type AnyMiddlewareArgs,
  App,
  type AppOptions,
  type AuthorizeResult,
  type Middleware,
} from '@slack/bolt';
import { registerActionListeners } from './action-listeners';
import { createMixPilotAssistant } from './assistant-listeners';
import { toBoltLogger } from './bolt-logger';
import { registerMessageListeners } from './message-listeners';
import type { SlackConfig } from './slack-deps';
import type { SlackRuntime } from './slack-runtime';

/** The slash command handled unless the config names another. */
export const DEFAULT_COMMAND = '/mixpilot';

/**
 * Builds the Bolt app with every MixPilot listener: retried-delivery filter, assistant threads,
 * mentions, direct messages, the slash command and the answer buttons. `transport` is either a
 * custom receiver (HTTP) or Socket Mode options.
 */
export function createSlackBoltApp(
  runtime: SlackRuntime,
  config: SlackConfig,
  transport: Pick<AppOptions, 'receiver' | 'socketMode' | 'appToken'>,
): App {
  let auth: Promise<AuthorizeResult> | undefined;
  const app: App = new App({
    ...transport,
    logger: toBoltLogger(runtime.deps.logger),
    clientOptions: { retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2000 } },
    authorize: () => {
      auth ??= app.client.auth.test({ token: config.botToken }).then(
        (r): AuthorizeResult => ({
          botToken: config.botToken,
          ...(r.user_id ? { botUserId: r.user_id } : {}),
          ...(r.bot_id ? { botId: r.bot_id } : {}),
        }),
        (error: unknown) => {
          auth = undefined;
          throw error;
        },
      );
      return auth;
    },
  });
  app.use(skipRetriedDeliveries(runtime));
  app.assistant(createMixPilotAssistant(runtime));
  registerMessageListeners(app, runtime, config.command ?? DEFAULT_COMMAND);
  registerActionListeners(app, runtime);
  app.error(async (error) => {
    runtime.deps.logger.error('slack: unhandled listener error', {
      error: error.message,
      code: error.code,
    });
  });
  return app;
}

/**
 * Global middleware: an Events API delivery whose `event_id` was already seen (Slack retries
 * after a slow ack, `x-slack-retry-num`) stops here, so each event is answered once.
 */
export function skipRetriedDeliveries(runtime: SlackRuntime): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !runtime.seenEvents.add(eventId)) {
      runtime.deps.logger.info('slack: skipped a repeated delivery', {
        eventId,
        retryNum: context.retryNum,
        retryReason: context.retryReason,
      });
      return;
    }
    await next();
  };
}
