import { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentAnswer, AgentEvent, AgentService } from '../../agent';
import { mockNetwork } from '../../tests/support';
import { createMemorySlackDeps } from './memory-slack-deps';
import {
  eventEnvelope,
  fakeAgent,
  type SlackApiCall,
  signedInit,
  slackApiHandlers,
} from './slack-fakes';
import { createSlackRoutes } from './slack-routes';

const SECRET = 'test-signing-secret';
const calls: SlackApiCall[] = [];
mockNetwork(...slackApiHandlers(calls));

const ANSWER: AgentAnswer = {
  answer: 'Moving 20% of TV to social **raises sales by 3.1%** over 13 weeks [1].',
  parts: [
    {
      type: 'table',
      title: 'Spend and sales by channel',
      columns: ['channel', 'current spend', 'scenario spend', 'sales change'],
      rows: [
        ['tv', 100000, 80000, -1200],
        ['social', 20000, 40000, 4300],
      ],
    },
  ],
  toolCalls: [
    {
      id: 'c1',
      name: 'what_if',
      args: { move: { from: 'tv', to: 'social', share: 0.2 } },
      result: { assumptions: ['Prices and seasonality stay as in the last 13 weeks.'] },
      ms: 12,
    },
  ],
  citations: [{ id: 'saturation', title: 'Saturation curves', section: 'Hill function' }],
  threadId: 'thr-1',
  provider: 'offline',
};

const final = (answer: AgentAnswer, threadId = answer.threadId): AgentEvent[] => [
  { type: 'status', message: 'Running what_if' },
  { type: 'final', answer: { ...answer, threadId } },
];

function setup(script: Parameters<typeof fakeAgent>[0] = { answer: () => final(ANSWER) }) {
  const agent = fakeAgent(script);
  const deps = createMemorySlackDeps({
    agent,
    workspaces: { T1: 'ws-acme' },
    publicUrl: 'https://mixpilot.example.com',
  });
  const routes = createSlackRoutes(deps, { botToken: 'xoxb-test', signingSecret: SECRET });
  return { agent, deps, routes };
}

const mention = (eventId: string, text: string, extra: Record<string, unknown> = {}) =>
  eventEnvelope(eventId, {
    type: 'app_mention',
    user: 'U1',
    text,
    ts: '1700000000.000100',
    channel: 'C1',
    event_ts: '1700000000.000100',
    team: 'T1',
    ...extra,
  });

const posted = (method = 'chat.postMessage') => calls.filter((c) => c.method === method);

type TestBlock = {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text?: string | { text: string } }[];
};
const blocksOf = (call: SlackApiCall | undefined) => (call?.args.blocks ?? []) as TestBlock[];

beforeEach(() => {
  calls.length = 0;
});

describe('POST /slack/events', () => {
  it('answers an app mention in its thread with the answer, table, sources and buttons', async () => {
    const { agent, deps, routes } = setup();
    const body = mention('Ev1', '<@UBOT> what if we move 20% of TV to social?');
    const res = await routes.request('/slack/events', signedInit(SECRET, body));
    expect(res.status).toBe(200);
    await routes.drain();

    expect(agent.answers).toEqual([
      { workspaceId: 'ws-acme', question: 'what if we move 20% of TV to social?' },
    ]);
    const [reply] = posted();
    expect(reply?.args).toMatchObject({ channel: 'C1', thread_ts: '1700000000.000100' });
    const blocks = blocksOf(reply);
    expect(blocks[0]?.text?.text).toBe(
      'Moving 20% of TV to social *raises sales by 3.1%* over 13 weeks [1].',
    );
    expect(blocks[1]?.text?.text).toContain('*Spend and sales by channel*\n```channel');
    expect(blocks[1]?.text?.text).toContain('tv             100,000          80,000        -1,200');
    expect(blocks[2]?.elements?.[0]?.text).toBe(
      ':books: *Sources:* [1] Saturation curves › Hill function',
    );
    const actions = blocks.at(-1)?.elements?.map((e) => e.action_id);
    expect(actions).toEqual(['mixpilot_details', 'mixpilot_helpful', 'mixpilot_not_helpful']);
    expect(deps.threads.get('T1:C1:1700000000.000100')).toBe('thr-1');
  });

  it('acks at once and keeps working on the answer after the response', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const agent: AgentService = {
      async *answer() {
        await gate;
        yield { type: 'final', answer: ANSWER };
      },
      async *resume() {},
    };
    const deps = createMemorySlackDeps({ agent });
    const routes = createSlackRoutes(deps, { botToken: 'xoxb-test', signingSecret: SECRET });
    const res = await routes.request(
      '/slack/events',
      signedInit(SECRET, mention('Ev9', '<@UBOT> hi')),
    );
    expect(res.status).toBe(200);
    expect(posted()).toHaveLength(0);
    release();
    await routes.drain();
    expect(posted()).toHaveLength(1);
  });

  it('continues the same agent thread for a follow-up in the Slack thread', async () => {
    const { agent, routes } = setup();
    await routes.request('/slack/events', signedInit(SECRET, mention('Ev1', '<@UBOT> ROI of TV?')));
    const followUp = mention('Ev2', '<@UBOT> and for social?', {
      ts: '1700000000.000200',
      thread_ts: '1700000000.000100',
    });
    await routes.request('/slack/events', signedInit(SECRET, followUp));
    await routes.drain();
    expect(agent.answers[1]).toEqual({
      workspaceId: 'ws-acme',
      threadId: 'thr-1',
      question: 'and for social?',
    });
    expect(posted().map((c) => c.args.thread_ts)).toEqual([
      '1700000000.000100',
      '1700000000.000100',
    ]);
  });

  it('runs a follow-up only after the first answer of its thread, so it continues that thread', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const seen: (string | undefined)[] = [];
    const agent: AgentService = {
      async *answer(input) {
        seen.push(input.threadId);
        if (seen.length === 1) await gate;
        yield { type: 'final', answer: ANSWER };
      },
      async *resume() {},
    };
    const routes = createSlackRoutes(createMemorySlackDeps({ agent }), {
      botToken: 'xoxb-test',
      signingSecret: SECRET,
    });
    await routes.request('/slack/events', signedInit(SECRET, mention('Ev1', '<@UBOT> ROI of TV?')));
    const followUp = mention('Ev2', '<@UBOT> and social?', {
      ts: '1700000000.000200',
      thread_ts: '1700000000.000100',
    });
    await routes.request('/slack/events', signedInit(SECRET, followUp));
    release();
    await routes.drain();
    expect(seen).toEqual([undefined, 'thr-1']);
  });

  it('rejects a bad signature with 401 and does nothing', async () => {
    const { agent, routes } = setup();
    const init = signedInit('wrong-secret', mention('Ev1', '<@UBOT> hi'));
    const res = await routes.request('/slack/events', init);
    await routes.drain();
    expect(res.status).toBe(401);
    expect(agent.answers).toHaveLength(0);
    expect(calls).toHaveLength(0);
  });

  it('rejects a correctly signed request older than five minutes with 401', async () => {
    const { agent, routes } = setup();
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const init = signedInit(SECRET, mention('Ev1', '<@UBOT> hi'), { timestamp: stale });
    const res = await routes.request('/slack/events', init);
    await routes.drain();
    expect(res.status).toBe(401);
    expect(agent.answers).toHaveLength(0);
  });

  it('echoes the challenge of a url_verification request', async () => {
    const { routes } = setup();
    const body = JSON.stringify({ token: 't', challenge: 'c-123', type: 'url_verification' });
    const res = await routes.request('/slack/events', signedInit(SECRET, body));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-123' });
  });

  it('serves the same routes when mounted on a parent Hono app', async () => {
    const { routes } = setup();
    const parent = new Hono();
    parent.route('/', routes);
    const body = JSON.stringify({ token: 't', challenge: 'c-9', type: 'url_verification' });
    const res = await parent.request('/slack/events', signedInit(SECRET, body));
    expect(await res.json()).toEqual({ challenge: 'c-9' });
  });

  it('answers a retried delivery of the same event only once', async () => {
    const { agent, deps, routes } = setup();
    const body = mention('Ev7', '<@UBOT> what drives sales?');
    const first = await routes.request('/slack/events', signedInit(SECRET, body));
    const retry = await routes.request(
      '/slack/events',
      signedInit(SECRET, body, {
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      }),
    );
    await routes.drain();
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(agent.answers).toHaveLength(1);
    expect(posted()).toHaveLength(1);
    expect(deps.logs.some((l) => l.message === 'slack: skipped a repeated delivery')).toBe(true);
  });

  it('answers a direct message in its thread', async () => {
    const { agent, routes } = setup();
    const body = eventEnvelope('Ev3', {
      type: 'message',
      channel: 'D1',
      channel_type: 'im',
      user: 'U1',
      text: 'what is the ROI of search?',
      ts: '1700000000.000300',
      event_ts: '1700000000.000300',
    });
    await routes.request('/slack/events', signedInit(SECRET, body));
    await routes.drain();
    expect(agent.answers[0]?.question).toBe('what is the ROI of search?');
    expect(posted()[0]?.args).toMatchObject({ channel: 'D1', thread_ts: '1700000000.000300' });
  });

  it('posts a short polite message when the agent fails and logs the details', async () => {
    const { deps, routes } = setup({
      answer: () => [{ type: 'error', code: 'internal', message: 'checkpointer exploded' }],
    });
    await routes.request('/slack/events', signedInit(SECRET, mention('Ev4', '<@UBOT> hi there')));
    await routes.drain();
    const [reply] = posted();
    expect(reply?.args.thread_ts).toBe('1700000000.000100');
    expect(String(reply?.args.text)).toMatch(/^Sorry, something went wrong/);
    expect(String(reply?.args.text)).not.toContain('checkpointer');
    expect(deps.logs).toContainEqual(
      expect.objectContaining({
        level: 'error',
        fields: expect.objectContaining({ message: 'checkpointer exploded' }),
      }),
    );
  });
});
