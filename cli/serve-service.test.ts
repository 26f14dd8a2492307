import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSlackBody } from '../integrations';
import { createMemoryLogger } from '../server';
import { loadConfig } from './config';
import { type Service, startService } from './serve-service';

const SIGNING_SECRET = 'slack-signing-secret-for-tests';
const logger = createMemoryLogger();
let service: Service;

beforeAll(async () => {
  service = await startService(
    loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      MIXPILOT_SHUTDOWN_GRACE: '5',
    }),
    { port: 0, logger, runtime: { inMemory: true, fitOptions: { seed: 42, intervals: 20 } } },
  );
}, 60_000);
afterAll(() => service?.stop());

describe('mixpilot serve', () => {
  it('listens on loopback in local mode with the demo workspace ready', async () => {
    expect(service.mode).toBe('local');
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${service.url}/ready`)).json()).toMatchObject({ status: 'ready' });
    const ws = (await (await fetch(`${service.url}/api/workspace`)).json()) as { id: string };
    expect(ws.id).toBe('demo');
    expect(logger.entries.find((e) => e.message === 'listening')?.fields).toMatchObject({
      mode: 'local',
      slack: 'http',
    });
  });

  it('mounts Slack over HTTP: signed requests are answered, unsigned ones refused', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123' });
    const ts = String(Math.floor(Date.now() / 1000));
    const signed = await fetch(`${service.url}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': ts,
        'x-slack-signature': signSlackBody(SIGNING_SECRET, ts, body),
      },
      body,
    });
    expect(await signed.json()).toEqual({ challenge: 'c-123' });
    const unsigned = await fetch(`${service.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(401);
  });

  it('refuses to listen beyond loopback without authentication', async () => {
    await expect(startService(loadConfig({}), { host: '0.0.0.0', port: 0 })).rejects.toThrow(
      /loopback only/,
    );
  });

  it('finishes a request in flight on shutdown, then refuses new connections', async () => {
    const inFlight = fetch(`${service.url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'How should we split $1M across TV, social and search?' }),
    });
    await new Promise((r) => setTimeout(r, 20));
    const stopped = service.stop();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { answer: string }).answer.length).toBeGreaterThan(0);
    await stopped;
    await expect(fetch(`${service.url}/health`)).rejects.toThrow();
    expect(logger.entries.map((e) => e.message)).toContain('stopped');
  });
});
