import type { App } from '@slack/bolt';
import { createSlackBoltApp } from './slack-app';
import type { SlackConfig, SlackDeps } from './slack-deps';
import { createSlackRuntime } from './slack-runtime';

/** A running Socket Mode connection. */
export interface SlackSocketMode {
  app: App;
  stop(): Promise<void>;
}

/**
 * Slack over Socket Mode (no public URL needed): connects with the `xapp-…` app token and serves
 * the same listeners as HTTP mode. Resolves once connected.
 */
export async function startSlackSocketMode(
  deps: SlackDeps,
  config: SlackConfig & { appToken: string },
): Promise<SlackSocketMode> {
  const app = createSlackBoltApp(createSlackRuntime(deps), config, {
    socketMode: true,
    appToken: config.appToken,
  });
  await app.start();
  deps.logger.info('slack: connected in Socket Mode');
  return { app, stop: () => app.stop().then(() => undefined) };
}
