import { describe, expect, it } from 'vitest';
import type { AgentAnswer, AgentEvent } from '../../agent';
import { errorOf, parseSse, useHttpFixture } from './http-fixture';

const f = useHttpFixture();
const QUESTION = 'What if we move 20% of TV to social?';

describe('POST /api/chat', () => {
  it('answers as JSON with the tool trace, and stores the turn under the returned thread', async () => {
    const res = await f.call('POST', '/api/chat', { key: f.demoKey, json: { question: QUESTION } });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as AgentAnswer;
    const whatIf = answer.toolCalls.find((c) => c.name === 'what_if');
    const result = whatIf?.result as {
      reference: { spend: Record<string, number> };
      scenario: { spend: Record<string, number> };
    };
    expect(result.scenario.spend.tv_spend).toBeCloseTo(
      0.8 * (result.reference.spend.tv_spend ?? 0),
      6,
    );
    expect(answer.provider).toBe('offline');

    const thread = await f.call('GET', `/api/threads/${answer.threadId}`, { key: f.demoKey });
    expect(thread.status).toBe(200);
    const body = (await thread.json()) as {
      surface: string;
      messages: { role: string; text: string; at: string }[];
    };
    expect(body.surface).toBe('web');
    expect(body.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(body.messages[0]?.text).toBe(QUESTION);
    expect(body.messages[1]?.text).toBe(answer.answer);
  });

  it('streams status and tool events, then tokens, then a final answer equal to the JSON answer', async () => {
    const json = (await (
      await f.call('POST', '/api/chat', {
        key: f.demoKey,
        json: { question: 'Which channels drive sales?' },
      })
    ).json()) as AgentAnswer;
    const res = await f.call('POST', '/api/chat', {
      key: f.demoKey,
      json: { question: 'Which channels drive sales?' },
      headers: { accept: 'text/event-stream' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const { events } = parseSse(await res.text());
    const parsed = events.map((e) => ({ name: e.event, event: JSON.parse(e.data) as AgentEvent }));
    for (const p of parsed) expect(p.name).toBe(p.event.type);
    const types = parsed.map((p) => p.event.type);
    expect(types[0]).toBe('status');
    expect(types.at(-1)).toBe('final');
    const firstToken = types.indexOf('token');
    expect(types.indexOf('tool_start')).toBeGreaterThan(-1);
    expect(types.lastIndexOf('tool_end')).toBeLessThan(firstToken);
    expect(types.slice(firstToken, -1).every((t) => t === 'token')).toBe(true);
    const final = parsed.at(-1)?.event as Extract<AgentEvent, { type: 'final' }>;
    const tokens = parsed.flatMap((p) => (p.event.type === 'token' ? [p.event.text] : [])).join('');
    expect(tokens).toBe(final.answer.answer);
    expect(final.answer.answer).toBe(json.answer);
    expect(final.answer.toolCalls.map((c) => [c.name, c.args])).toEqual(
      json.toolCalls.map((c) => [c.name, c.args]),
    );
    expect(final.answer.threadId).not.toBe(json.threadId);
  });

  it('continues a conversation in the thread it names', async () => {
    const first = (await (
      await f.call('POST', '/api/chat', { key: f.demoKey, json: { question: QUESTION } })
    ).json()) as AgentAnswer;
    const second = (await (
      await f.call('POST', '/api/chat', {
        key: f.demoKey,
        json: { question: 'and 30%?', threadId: first.threadId },
      })
    ).json()) as AgentAnswer;
    expect(second.threadId).toBe(first.threadId);
    const args = second.toolCalls.find((c) => c.name === 'what_if')?.args as {
      changes: { percent?: number }[];
    };
    expect(args.changes[0]?.percent).toBe(30);
  });

  it('accepts a new thread id chosen by the client', async () => {
    const res = await f.call('POST', '/api/chat', {
      key: f.demoKey,
      json: { question: 'How good is the model?', threadId: 'client-chosen-1' },
    });
    expect(((await res.json()) as AgentAnswer).threadId).toBe('client-chosen-1');
  });

  it('returns 400 naming the field for an empty question and for a bad thread id', async () => {
    const empty = await errorOf(
      await f.call('POST', '/api/chat', { key: f.demoKey, json: { question: '   ' } }),
    );
    expect(empty).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(empty.issues[0]?.field).toBe('question');
    const badId = await errorOf(
      await f.call('POST', '/api/chat', {
        key: f.demoKey,
        json: { question: 'hi', threadId: '../etc' },
      }),
    );
    expect(badId.issues[0]?.field).toBe('threadId');
  });

  it('returns 400 for a body that is not JSON', async () => {
    const res = await f.call('POST', '/api/chat', {
      key: f.demoKey,
      body: '{"question":',
      headers: { 'content-type': 'application/json' },
    });
    expect(await errorOf(res)).toMatchObject({
      status: 400,
      code: 'invalid_input',
      message: 'body: not valid JSON',
    });
  });

  it('returns 413 for a chat body over 64 kB', async () => {
    const res = await f.call('POST', '/api/chat', {
      key: f.demoKey,
      json: { question: 'x'.repeat(70 * 1024) },
    });
    expect(await errorOf(res)).toMatchObject({ status: 413, code: 'payload_too_large' });
  });
});

describe('POST /api/chat/resume', () => {
  it('approves a pending plan (JSON) and returns 409 when nothing is pending any more', async () => {
    const asked = (await (
      await f.call('POST', '/api/chat', { key: f.demoKey, json: { question: QUESTION } })
    ).json()) as AgentAnswer;
    expect(asked.pending?.kind).toBe('approve_plan');
    const res = await f.call('POST', '/api/chat/resume', {
      key: f.demoKey,
      json: { threadId: asked.threadId, approve: true },
    });
    expect(res.status).toBe(200);
    const resumed = (await res.json()) as AgentAnswer;
    expect(resumed.threadId).toBe(asked.threadId);
    const scenario = await f.runtime.store.scenarios.get('demo', asked.pending?.scenarioId ?? '');
    expect(scenario.approval).toBe('approved');
    const again = await f.call('POST', '/api/chat/resume', {
      key: f.demoKey,
      json: { threadId: asked.threadId, approve: true },
    });
    expect(await errorOf(again)).toMatchObject({ status: 409, code: 'conflict' });
  });

  it('streams the resumed turn over SSE', async () => {
    const asked = (await (
      await f.call('POST', '/api/chat', { key: f.demoKey, json: { question: QUESTION } })
    ).json()) as AgentAnswer;
    const res = await f.call('POST', '/api/chat/resume', {
      key: f.demoKey,
      json: { threadId: asked.threadId, approve: false },
      headers: { accept: 'text/event-stream' },
    });
    const { events } = parseSse(await res.text());
    expect(events.at(-1)?.event).toBe('final');
    expect(
      (await f.runtime.store.scenarios.get('demo', asked.pending?.scenarioId ?? '')).approval,
    ).toBe('rejected');
  });

  it('returns 404 for an unknown thread and 400 without a decision', async () => {
    expect(
      (
        await f.call('POST', '/api/chat/resume', {
          key: f.demoKey,
          json: { threadId: 'nope', approve: true },
        })
      ).status,
    ).toBe(404);
    expect(
      (await f.call('POST', '/api/chat/resume', { key: f.demoKey, json: { threadId: 'nope' } }))
        .status,
    ).toBe(400);
  });
});

describe('threads and feedback', () => {
  it('lists threads, 404s an unknown one and records feedback on a message', async () => {
    const asked = (await (
      await f.call('POST', '/api/chat', {
        key: f.demoKey,
        json: { question: 'How good is the model?' },
      })
    ).json()) as AgentAnswer;
    const list = (await (await f.call('GET', '/api/threads', { key: f.demoKey })).json()) as {
      threads: { id: string }[];
    };
    expect(list.threads.map((t) => t.id)).toContain(asked.threadId);
    expect((await f.call('GET', '/api/threads/unknown-thread', { key: f.demoKey })).status).toBe(
      404,
    );

    const fb = await f.call('POST', '/api/feedback', {
      key: f.demoKey,
      json: { threadId: asked.threadId, messageIndex: 1, helpful: false, comment: 'too vague' },
    });
    expect(fb.status).toBe(201);
    const stored = await f.runtime.store.feedback.list('demo', { helpful: false });
    expect(stored.find((s) => s.threadId === asked.threadId)).toMatchObject({
      comment: 'too vague',
      source: 'web',
      messageIndex: 1,
    });
    expect(
      (
        await f.call('POST', '/api/feedback', {
          key: f.demoKey,
          json: { threadId: asked.threadId, messageIndex: 9, helpful: true },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await f.call('POST', '/api/feedback', {
          key: f.demoKey,
          json: { threadId: asked.threadId, helpful: 'yes' },
        })
      ).status,
    ).toBe(400);
  });
});
