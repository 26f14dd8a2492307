import { describe, expect, it } from 'vitest';
import { parseSuite } from '../suite/parse-suite';
import { answerOf, fakeAgent, GOOD_TEXT } from '../testing/fixtures';
import { runSuite } from './run-suite';

const SUITE = `
name: runner
defaults: { dataset: demo }
thresholds: { pass_rate: 0.5, scorers: { trajectory: 0.5 } }
cases:
  - id: move
    tags: [whatif]
    question: move 20% of tv to social
    expect:
      tools: [what_if]
      answer: { numbers: [{ tool: what_if, path: delta.kpi }] }
  - id: two-turns
    tags: [follow-up]
    turns:
      - question: move 20% of tv to social
        expect: { tools: [what_if] }
      - question: and how is that computed?
        expect: { no_tools: true }
  - id: broken
    tags: [known-issue]
    question: explode
    expect: { tools: [what_if] }
`;

const agent = () =>
  fakeAgent((q, turn) => {
    if (q === 'explode') return new Error('model crashed');
    if (turn > 0) return answerOf('It compares two plans.', [], []);
    return answerOf(GOOD_TEXT);
  }, 5);

describe('runSuite', () => {
  const NO_DATASET =
    'name: bare\ncases:\n  - id: move\n    question: move 20% of tv to social\n    expect: { tools: [what_if] }\n';

  it('runs cases that name no dataset on the default dataset it is given', async () => {
    const prepared: string[] = [];
    const run = await runSuite(parseSuite(NO_DATASET), {
      agent: agent(),
      defaultDataset: 'demo',
      prepareWorkspace: async (ref) => {
        prepared.push(ref);
        return `ws-${ref}`;
      },
    });
    expect(prepared).toEqual(['demo']);
    expect(run.cases[0]?.pass).toBe(true);
  });

  it('refuses upfront, in one line, a suite whose cases name no dataset and has no default', async () => {
    const a = agent();
    await expect(
      runSuite(parseSuite(NO_DATASET), { agent: a, prepareWorkspace: async (ref) => ref }),
    ).rejects.toThrow(
      "dataset: case 'move' names no dataset; add one to the suite's defaults (defaults: { dataset: demo }) or to the case",
    );
    expect(a.inputs).toEqual([]);
  });

  it('runs cases in fresh threads, continues threads across turns and scores each turn', async () => {
    const a = agent();
    const prepared: string[] = [];
    const run = await runSuite(parseSuite(SUITE), {
      agent: a,
      prepareWorkspace: async (ref) => {
        prepared.push(ref);
        return `ws-${ref}`;
      },
      concurrency: 1,
    });
    expect(prepared).toEqual(['demo']);
    expect(a.inputs.map((i) => [i.workspaceId, i.threadId])).toEqual([
      ['ws-demo', undefined],
      ['ws-demo', undefined],
      ['ws-demo', 't2'],
      ['ws-demo', undefined],
    ]);
    expect(run.cases.map((c) => [c.id, c.pass, c.excluded])).toEqual([
      ['move', true, false],
      ['two-turns', true, false],
      ['broken', false, true],
    ]);
    expect(run.cases[2]?.failures[0]).toBe('turn 1: internal: model crashed');
    expect(run.summary).toMatchObject({
      counted: 2,
      passed: 2,
      passRate: 1,
      excluded: 1,
      thresholdsMet: true,
    });
  });

  it('keeps at most `concurrency` cases in flight and reports progress after each', async () => {
    const a = agent();
    const seen: number[] = [];
    await runSuite(parseSuite(SUITE), {
      agent: a,
      workspaceId: 'w',
      concurrency: 2,
      onProgress: (p) => seen.push(p.done),
    });
    expect(a.maxInFlight).toBeLessThanOrEqual(2);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('fails a case that runs past its time limit', async () => {
    const slow = fakeAgent(() => answerOf(GOOD_TEXT), 200);
    const run = await runSuite(parseSuite(SUITE), {
      agent: slow,
      workspaceId: 'w',
      timeoutMs: 20,
      tags: ['whatif'],
    });
    expect(run.cases).toHaveLength(1);
    expect(run.cases[0]?.error).toBe('turn 1: timed out after 20 ms');
    expect(run.summary.thresholdsMet).toBe(false);
  });

  it('misses the thresholds when too few counted cases pass', async () => {
    const wrong = fakeAgent(() => answerOf('Nothing to report.', [], []));
    const run = await runSuite(parseSuite(SUITE), { agent: wrong, workspaceId: 'w' });
    expect(run.summary.passRate).toBe(0);
    expect(run.summary.thresholdFailures).toEqual([
      'pass rate 0.0% < 50.0%',
      'trajectory mean 0.250 < 0.5',
    ]);
  });

  it('rejects a tag filter that matches no case', async () => {
    await expect(
      runSuite(parseSuite(SUITE), { agent: agent(), workspaceId: 'w', tags: ['nope'] }),
    ).rejects.toThrow(/no case of 'runner'/);
  });
});
