import { Hono } from 'hono';
import { HonoSlackReceiver } from './hono-receiver';
import { createSlackBoltApp } from './slack-app';
import type { SlackConfig, SlackDeps } from './slack-deps';
import { createSlackRuntime } from './slack-runtime';

/** Paths served; all three take every kind of Slack request (events, interactivity, commands). */
export const SLACK_PATHS = ['/slack/events', '/slack/interactions', '/slack/commands'] as const;

/** The Hono sub-app for Slack, plus `drain()` which resolves when all started work is done. */
export type SlackRoutes = Hono & {
  /** Resolves once every Slack request received so far has been fully handled. */
  drain(): Promise<void>;
};

/**
 * Slack over HTTP: a Hono app serving POST `/slack/events` (events, interactivity payloads and
 * slash commands; `/slack/interactions` and `/slack/commands` are aliases). Requests are verified
 * with the signing secret and acked at once; the agent's work continues after the response.
 * Mount with `app.route('/', createSlackRoutes(deps, config))`.
 */
export function createSlackRoutes(
  deps: SlackDeps,
  config: SlackConfig,
  options: { now?: () => number } = {},
): SlackRoutes {
  const receiver = new HonoSlackReceiver({
    signingSecret: config.signingSecret,
    logger: deps.logger,
    ...(options.now ? { now: options.now } : {}),
  });
  createSlackBoltApp(createSlackRuntime(deps, options.now), config, { receiver });
  const routes = new Hono();
  for (const path of SLACK_PATHS)
    routes.post(path, async (c) => receiver.handle(await c.req.text(), c.req.raw.headers));
  return Object.assign(routes, { drain: () => receiver.drain() });
}
