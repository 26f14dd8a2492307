import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentAnswer, AgentEvent } from '../../agent';
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

const PLAN: AgentAnswer = {
  answer: 'The best split adds **4.2%** sales at the same budget [1].',
  parts: [
    {
      type: 'chart',
      kind: 'budget_curve',
      title: 'Sales by total budget',
      xLabel: 'budget',
      yLabel: 'sales',
      series: [{ name: 'optimal', points: [[0, 0]] }],
    },
  ],
  toolCalls: [
    {
      id: 'c1',
      name: 'optimize_budget',
      args: { budget: 120000 },
      result: { explanation: ['Search is saturated above $30,000 a week.'] },
      ms: 40,
    },
  ],
  citations: [{ id: 'optimizer', title: 'Budget optimization' }],
  threadId: 'thr-9',
  provider: 'offline',
  pending: { kind: 'approve_plan', scenarioId: 'sc-9', summary: 'Move $20,000 from TV to social' },
};

const APPROVED: AgentAnswer = {
  ...PLAN,
  answer: 'Saved the plan as scenario sc-9.',
  parts: [],
  toolCalls: [],
  citations: [],
  pending: undefined,
};

type TestBlock = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text?: string | { text: string } }[];
};
const byMethod = (method: string) => calls.filter((c) => c.method === method);
const blocksOf = (call: SlackApiCall | undefined) => (call?.args.blocks ?? []) as TestBlock[];

function setup() {
  const agent = fakeAgent({
    answer: (): AgentEvent[] => [{ type: 'final', answer: PLAN }],
    resume: (): AgentEvent[] => [{ type: 'final', answer: APPROVED }],
  });
  const deps = createMemorySlackDeps({
    agent,
    workspaces: { T1: 'ws-acme' },
    publicUrl: 'https://mixpilot.example.com/',
  });
  const routes = createSlackRoutes(deps, { botToken: 'xoxb-test', signingSecret: SECRET });
  return { agent, deps, routes };
}

/** Asks in a channel and returns the answer message Slack would echo back in a click. */
async function askInChannel(routes: ReturnType<typeof setup>['routes']) {
  const body = eventEnvelope('Ev1', {
    type: 'app_mention',
    user: 'U1',
    text: '<@UBOT> how should we split the budget?',
    ts: '1700000000.000100',
    channel: 'C1',
    event_ts: '1700000000.000100',
  });
  await routes.request('/slack/events', signedInit(SECRET, body));
  await routes.drain();
  const reply = byMethod('chat.postMessage')[0];
  return { ts: reply?.ts ?? '', blocks: blocksOf(reply) };
}

function click(actionId: string, message: { ts: string; blocks: TestBlock[] }, user = 'U1') {
  const button = message.blocks
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.action_id === actionId);
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'ana', name: 'ana', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-token',
    container: {
      type: 'message',
      message_ts: message.ts,
      channel_id: 'C1',
      is_ephemeral: false,
      thread_ts: '1700000000.000100',
    },
    trigger_id: '123.456.abc',
    team: { id: 'T1', domain: 'acme' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: 'C1', name: 'marketing' },
    message: {
      type: 'message',
      user: 'UBOT',
      bot_id: 'BBOT',
      ts: message.ts,
      thread_ts: '1700000000.000100',
      text: 'The best split adds 4.2% sales',
      blocks: message.blocks,
    },
    response_url: 'https://hooks.slack.com/actions/T1/1/abc',
    actions: [
      {
        action_id: actionId,
        block_id: 'mixpilot_actions',
        text: button?.text,
        value: button?.value,
        type: 'button',
        action_ts: '1700000200.000001',
      },
    ],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return signedInit(SECRET, body, { form: true });
}

beforeEach(() => {
  calls.length = 0;
});

describe('Slack buttons', () => {
  it('shows Approve plan for a pending plan and a link to the chart in the widget', async () => {
    const { routes } = setup();
    const { blocks } = await askInChannel(routes);
    const texts = blocks.map((b) => b.text?.text ?? JSON.stringify(b.elements));
    expect(texts[1]).toBe(
      ':raised_hand: *Plan awaiting your approval:* Move $20,000 from TV to social',
    );
    expect(texts[2]).toContain(
      '<https://mixpilot.example.com/?thread=thr-9|Open the chart in MixPilot>: Sales by total budget',
    );
    const actions = blocks.at(-1)?.elements?.map((e) => e.action_id);
    expect(actions?.slice(0, 2)).toEqual(['mixpilot_approve', 'mixpilot_decline']);
  });

  it('resumes the agent when Approve plan is clicked, once, and posts the result in the thread', async () => {
    const { agent, routes } = setup();
    const message = await askInChannel(routes);
    calls.length = 0;
    const res = await routes.request('/slack/events', click('mixpilot_approve', message));
    expect(res.status).toBe(200);
    await routes.request('/slack/events', click('mixpilot_approve', message, 'U2'));
    await routes.drain();

    expect(agent.resumes).toEqual([{ workspaceId: 'ws-acme', threadId: 'thr-9', approve: true }]);
    const update = byMethod('chat.update')[0];
    const remaining = blocksOf(update)
      .flatMap((b) => b.elements ?? [])
      .map((e) => e.action_id ?? e.text);
    expect(remaining).toContain(':white_check_mark: Plan approved by <@U1>');
    expect(remaining).not.toContain('mixpilot_approve');
    const reply = byMethod('chat.postMessage')[0];
    expect(reply?.args.thread_ts).toBe('1700000000.000100');
    expect(blocksOf(reply)[0]?.text?.text).toBe('Saved the plan as scenario sc-9.');
    expect(byMethod('chat.postEphemeral')[0]?.args).toMatchObject({
      user: 'U2',
      text: 'This plan has already been decided.',
    });
  });

  it('saves feedback when Helpful is clicked and thanks the user privately', async () => {
    const { deps, routes } = setup();
    const message = await askInChannel(routes);
    await routes.request('/slack/events', click('mixpilot_helpful', message));
    await routes.drain();
    expect(deps.feedback).toEqual([
      {
        workspaceId: 'ws-acme',
        threadId: 'thr-9',
        helpful: true,
        source: 'slack',
        userId: 'U1',
        answer: PLAN.answer,
      },
    ]);
    expect(byMethod('chat.postEphemeral')[0]?.args).toMatchObject({
      channel: 'C1',
      user: 'U1',
      thread_ts: '1700000000.000100',
      text: 'Thanks, glad it helped!',
    });
  });

  it('shows the tool trace and assumptions privately for Show details', async () => {
    const { routes } = setup();
    const message = await askInChannel(routes);
    await routes.request('/slack/events', click('mixpilot_details', message));
    await routes.drain();
    const details = blocksOf(byMethod('chat.postEphemeral')[0]).map((b) => b.text?.text ?? '');
    expect(details[0]).toBe('How MixPilot got this answer');
    expect(details[2]).toContain('*1. optimize_budget* :white_check_mark: ok · 40 ms');
    expect(details[2]).toContain('{"budget":120000}');
    expect(details[3]).toBe('*Assumptions and notes*\n• Search is saturated above $30,000 a week.');
  });
});

describe('/mixpilot slash command', () => {
  it('acks with an empty 200, posts the question and answers in its thread', async () => {
    const { agent, deps, routes } = setup();
    const body = new URLSearchParams({
      token: 'legacy-token',
      team_id: 'T1',
      team_domain: 'acme',
      channel_id: 'C1',
      channel_name: 'marketing',
      user_id: 'U1',
      user_name: 'ana',
      command: '/mixpilot',
      text: 'what if we move 20% of TV to social?',
      api_app_id: 'A1',
      is_enterprise_install: 'false',
      response_url: 'https://hooks.slack.com/commands/T1/1/abc',
      trigger_id: '123.456.abc',
    }).toString();
    const res = await routes.request('/slack/events', signedInit(SECRET, body, { form: true }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    await routes.drain();

    expect(agent.answers).toEqual([
      { workspaceId: 'ws-acme', question: 'what if we move 20% of TV to social?' },
    ]);
    const [question, answer] = byMethod('chat.postMessage');
    expect(question?.args).toMatchObject({
      channel: 'C1',
      text: '<@U1> asked: what if we move 20% of TV to social?',
    });
    expect(answer?.args.thread_ts).toBe(question?.ts);
    expect(blocksOf(answer)[0]?.text?.text).toContain('*4.2%*');
    expect(deps.threads.get(`T1:C1:${question?.ts}`)).toBe('thr-9');
  });

  it('answers an empty command with usage, privately', async () => {
    const { agent, routes } = setup();
    const body = new URLSearchParams({
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/mixpilot',
      text: '  ',
      response_url: 'https://hooks.slack.com/commands/T1/1/abc',
      trigger_id: '1',
    }).toString();
    const res = await routes.request('/slack/commands', signedInit(SECRET, body, { form: true }));
    await routes.drain();
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral' });
    expect(agent.answers).toHaveLength(0);
  });
});
