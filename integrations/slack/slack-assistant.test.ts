import { App } from '@slack/bolt';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentAnswer } from '../../agent';
import { mockNetwork } from '../../tests/support';
import { createMemorySlackDeps } from './memory-slack-deps';
import { createSlackBoltApp } from './slack-app';
import {
  eventEnvelope,
  fakeAgent,
  type SlackApiCall,
  signedInit,
  slackApiHandlers,
} from './slack-fakes';
import { createSlackRoutes } from './slack-routes';
import { createSlackRuntime } from './slack-runtime';

const SECRET = 'test-signing-secret';
const calls: SlackApiCall[] = [];
mockNetwork(...slackApiHandlers(calls));

const ANSWER: AgentAnswer = {
  answer: 'Moving 20% of TV to social adds **3.1%** sales [1].',
  parts: [],
  toolCalls: [],
  citations: [{ id: 'saturation', title: 'Saturation curves' }],
  threadId: 'thr-5',
  provider: 'offline',
};

const byMethod = (method: string) => calls.filter((c) => c.method === method);

function setup() {
  const agent = fakeAgent({ answer: () => [{ type: 'final', answer: ANSWER }] });
  const deps = createMemorySlackDeps({ agent, workspaces: { T1: 'ws-acme' } });
  const routes = createSlackRoutes(deps, { botToken: 'xoxb-test', signingSecret: SECRET });
  return { agent, deps, routes };
}

beforeEach(() => {
  calls.length = 0;
});

describe('assistant threads', () => {
  it('offers suggested prompts when a thread starts', async () => {
    const { routes } = setup();
    const body = eventEnvelope('Ev20', {
      type: 'assistant_thread_started',
      assistant_thread: {
        user_id: 'U1',
        context: { channel_id: 'C1', team_id: 'T1', enterprise_id: null },
        channel_id: 'D1',
        thread_ts: '1700000300.000100',
      },
      event_ts: '1700000300.000200',
    });
    await routes.request('/slack/events', signedInit(SECRET, body));
    await routes.drain();
    const prompts = byMethod('assistant.threads.setSuggestedPrompts')[0]?.args;
    expect(prompts).toMatchObject({ channel_id: 'D1', thread_ts: '1700000300.000100' });
    expect(prompts?.prompts).toContainEqual({
      title: 'Move budget',
      message: 'What if we move 20% of TV to social?',
    });
  });

  it('sets the title and the working status, then replies in the thread', async () => {
    const { agent, routes } = setup();
    const body = eventEnvelope('Ev21', {
      type: 'message',
      user: 'U1',
      text: 'What if we move 20% of TV to social?',
      ts: '1700000300.000300',
      thread_ts: '1700000300.000100',
      channel: 'D1',
      channel_type: 'im',
      event_ts: '1700000300.000300',
    });
    await routes.request('/slack/events', signedInit(SECRET, body));
    await routes.drain();
    expect(agent.answers[0]?.question).toBe('What if we move 20% of TV to social?');
    expect(byMethod('assistant.threads.setTitle')[0]?.args).toMatchObject({
      channel_id: 'D1',
      thread_ts: '1700000300.000100',
      title: 'What if we move 20% of TV to social?',
    });
    expect(byMethod('assistant.threads.setStatus')[0]?.args).toMatchObject({
      status: 'Crunching the model…',
    });
    expect(byMethod('chat.postMessage')[0]?.args).toMatchObject({
      channel: 'D1',
      thread_ts: '1700000300.000100',
    });
  });
});

describe('Socket Mode', () => {
  it('builds the same app over Socket Mode without connecting until started', () => {
    const deps = createMemorySlackDeps({ agent: fakeAgent({ answer: () => [] }) });
    const app = createSlackBoltApp(
      createSlackRuntime(deps),
      { botToken: 'xoxb-test', signingSecret: '', appToken: 'xapp-test' },
      { socketMode: true, appToken: 'xapp-test' },
    );
    expect(app).toBeInstanceOf(App);
    expect(calls).toHaveLength(0);
  });
});
