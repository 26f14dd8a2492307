import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AgentAnswer, collectAnswer } from '../../agent';
import { createRuntime, DEMO_WORKSPACE, loadConfig, type Runtime } from '../../cli';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await createRuntime(loadConfig({}), {
    inMemory: true,
    fitOptions: { seed: 42, intervals: 20 },
  });
}, 60_000);
afterAll(() => runtime?.close());

const ask = (question: string, threadId?: string, workspaceId = DEMO_WORKSPACE) =>
  collectAnswer(runtime.agent.answer({ workspaceId, question, ...(threadId ? { threadId } : {}) }));
const main = (a: AgentAnswer) => a.toolCalls.find((c) => c.name !== 'search_methodology');

interface WhatIfView {
  reference: { spend: Record<string, number> };
  scenario: { spend: Record<string, number> };
}

describe('conversation memory through the real runtime', () => {
  it('answers "what about radio instead?" as the same move from radio', async () => {
    const first = await ask('What if we move 20% of TV to social?');
    const follow = await ask('what about radio instead?', first.threadId);
    const call = main(follow);
    expect(call?.name).toBe('what_if');
    expect(call?.args).toEqual({
      changes: [{ type: 'move', from: 'radio_spend', to: 'social_spend', percent: 20 }],
    });
    const r = call?.result as WhatIfView;
    const moved = 0.2 * (r.reference.spend.radio_spend as number);
    expect(r.scenario.spend.radio_spend).toBeCloseTo(
      0.8 * (r.reference.spend.radio_spend as number),
      6,
    );
    expect(r.scenario.spend.social_spend).toBeCloseTo(
      (r.reference.spend.social_spend as number) + moved,
      6,
    );
    expect(r.scenario.spend.tv_spend).toBeCloseTo(r.reference.spend.tv_spend as number, 6);
    expect(follow.answer).toMatch(/^Moving 20% of Radio to Social/);
  });

  it('answers "do it with $2M" as the previous optimization with a $2M budget', async () => {
    const first = await ask('How should we split $1.5M across channels?');
    expect(main(first)?.args).toMatchObject({ budget: 1_500_000 });
    const follow = await ask('do it with $2M', first.threadId);
    const call = main(follow);
    expect(call?.name).toBe('optimize_budget');
    expect(call?.args).toMatchObject({ budget: 2_000_000 });
    const result = call?.result as { optimal: { spend: Record<string, number> } };
    const total = Object.values(result.optimal.spend).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(2_000_000, 0);
  });

  it('keeps threads apart: the same follow-up in a new thread has nothing to refer to', async () => {
    const fresh = await ask('do it with $2M');
    expect(main(fresh)?.name).not.toBe('what_if');
    const first = await ask('What if we cut TV by 10%?');
    const other = await ask('and 30%?');
    expect(main(other)).toBeUndefined();
    const same = await ask('and 30%?', first.threadId);
    expect(main(same)?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tv_spend', percent: -30 }],
    });
  });

  it('does not answer from another workspace’s thread that shares the id (the workspace has no data)', async () => {
    await runtime.store.workspaces.ensure({ id: 'other', name: 'Other' });
    const first = await ask('What if we cut TV by 10%?', 'shared-thread');
    expect(main(first)?.name).toBe('what_if');
    const elsewhere = collectAnswer(
      runtime.agent.answer({
        workspaceId: 'other',
        threadId: 'shared-thread',
        question: 'and 30%?',
      }),
    );
    await expect(elsewhere).rejects.toThrow();
  });
});
