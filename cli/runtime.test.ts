import { describe, expect, it } from 'vitest';
import { collectAnswer } from '../agent';
import { loadConfig } from './config';
import { createRuntime, DEMO_WORKSPACE } from './runtime';

describe('runtime (embedded, offline)', () => {
  it('seeds the demo workspace and answers a what-if end to end with tool numbers and a citation', async () => {
    const runtime = await createRuntime(loadConfig({}), {
      inMemory: true,
      fitOptions: { seed: 42, intervals: 20 },
    });
    try {
      const answer = await collectAnswer(
        runtime.agent.answer({
          workspaceId: DEMO_WORKSPACE,
          question: 'What if we move 20% of TV to social?',
        }),
      );
      const whatIf = answer.toolCalls.find((c) => c.name === 'what_if');
      expect(whatIf?.error).toBeUndefined();
      const result = whatIf?.result as {
        reference: { spend: Record<string, number> };
        scenario: { spend: Record<string, number> };
      };
      expect(result.scenario.spend.tv_spend).toBeCloseTo(0.8 * result.reference.spend.tv_spend!, 6);
      expect(answer.provider).toBe('offline');
      expect(answer.answer).toMatch(/^Moving 20% of TV to Social would (raise|lower) revenue/);
      expect(answer.citations.length).toBeGreaterThan(0);
      expect(answer.pending?.kind).toBe('approve_plan');
      const thread = await runtime.store.threads.get(DEMO_WORKSPACE, answer.threadId);
      expect(thread.messages.map((m) => m.role)).toEqual(['user', 'assistant']);

      const followUp = await collectAnswer(
        runtime.agent.answer({
          workspaceId: DEMO_WORKSPACE,
          threadId: answer.threadId,
          question: 'and 30%?',
        }),
      );
      const args = followUp.toolCalls.find((c) => c.name === 'what_if')?.args as {
        changes: { percent?: number }[];
      };
      expect(args.changes[0]?.percent).toBe(30);
    } finally {
      await runtime.close();
    }
  }, 120_000);
});
