import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { collectAnswer } from './agent-service';
import type { AgentEvent } from './agent-types';
import { moveCall, setup } from './testing/agent-service-setup';
import { ScriptedChatModel, toolCallMessage } from './testing/scripted-chat-model';

describe('agent service', () => {
  it('runs the planned tools and answers with their numbers, a citation and the trace', async () => {
    const { service } = setup(new ScriptedChatModel([moveCall, new AIMessage('')]));
    const events: AgentEvent[] = [];
    for await (const e of service.answer({
      workspaceId: 'w1',
      question: 'what if we move 20% of TV to social?',
    }))
      events.push(e);
    const final = events.at(-1);
    expect(final?.type).toBe('final');
    if (final?.type !== 'final') return;
    const { answer } = final;
    expect(answer.answer.split('\n')[0]).toBe(
      'Moving 20% of TV to Social would raise revenue by $12.3k (+0.25%) over the next 13 weeks (80% range +$4,100 to +$20.5k).',
    );
    expect(answer.citations).toEqual([
      expect.objectContaining({ id: 'what-if', title: 'How what-if works' }),
    ]);
    expect(answer.toolCalls.map((c) => c.name)).toEqual(['what_if', 'search_methodology']);
    expect(answer.pending).toEqual({
      kind: 'approve_plan',
      scenarioId: 'scn_1',
      summary: expect.stringContaining('$12.3k'),
    });
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['status', 'tool_start', 'tool_end', 'token']),
    );
    expect(
      events
        .filter((e) => e.type === 'token')
        .map((e) => (e.type === 'token' ? e.text : ''))
        .join(''),
    ).toBe(answer.answer);
  });

  it('tells the model which tool argument is wrong and why, in words', async () => {
    const badCall = toolCallMessage([{ name: 'get_response_curve', args: { channel: 5 } }]);
    const { service } = setup(new ScriptedChatModel([badCall, new AIMessage('Sorry.')]));
    const answer = await collectAnswer(service.answer({ workspaceId: 'w1', question: 'tv curve' }));
    expect(answer.toolCalls[0]?.error).toEqual({
      code: 'invalid_input',
      message: 'channel: must be text, not a number',
    });
  });

  it('saves the plan only after an explicit approval', async () => {
    const { service, decisions } = setup(new ScriptedChatModel([moveCall, new AIMessage('')]));
    await collectAnswer(
      service.answer({ workspaceId: 'w1', question: 'what if we move 20% of TV to social?' }),
    );
    expect(decisions).toEqual([]);
    const approved = await collectAnswer(
      service.resume({ workspaceId: 'w1', threadId: 't1', approve: true }),
    );
    expect(decisions).toEqual([['scn_1', true]]);
    expect(approved.answer).toMatch(/^Approved/);
    expect(approved.pending).toBeUndefined();
  });

  it('refuses to resume a conversation that waits for nothing', async () => {
    const { service } = setup(new ScriptedChatModel([new AIMessage('Hello')]));
    await collectAnswer(service.answer({ workspaceId: 'w1', question: 'hi' }));
    await expect(
      collectAnswer(service.resume({ workspaceId: 'w1', threadId: 't1', approve: true })),
    ).rejects.toThrow(/no plan waiting/);
  });

  it('says the thread does not exist when resuming a conversation that never happened', async () => {
    const { service } = setup(new ScriptedChatModel([new AIMessage('Hello')]));
    await collectAnswer(service.answer({ workspaceId: 'w1', question: 'hi' }));
    const error = await collectAnswer(
      service.resume({ workspaceId: 'w1', threadId: 'nope', approve: false }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'not_found',
      message: "thread 'nope' not found: there is no such conversation in this workspace",
    });
    // Another workspace's thread is as unknown as a mistyped one.
    await expect(
      collectAnswer(service.resume({ workspaceId: 'w2', threadId: 't1', approve: true })),
    ).rejects.toThrow(/thread 't1' not found/);
  });

  it('remembers the conversation per workspace and thread', async () => {
    const planner = new ScriptedChatModel(() => new AIMessage('ok'));
    const { service } = setup(planner);
    await collectAnswer(service.answer({ workspaceId: 'w1', threadId: 'x', question: 'first' }));
    await collectAnswer(service.answer({ workspaceId: 'w1', threadId: 'x', question: 'second' }));
    await collectAnswer(
      service.answer({ workspaceId: 'w2', threadId: 'x', question: 'other workspace' }),
    );
    const humanTexts = (ms: BaseMessage[]) =>
      ms.filter((m) => m.getType() === 'human').map((m) => m.content);
    expect(humanTexts(planner.seen[1]!)).toEqual(['first', 'second']);
    expect(humanTexts(planner.seen[2]!)).toEqual(['other workspace']);
  });
});
