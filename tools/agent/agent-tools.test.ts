import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../data/dataset-types';
import { parseDataset } from '../data/parse-dataset';
import { fitModel } from '../fit/fit-model';
import type { FittedModel, Interval } from '../model/model-types';
import { createAgentTools } from './agent-tools';

let model: FittedModel;
let dataset: Dataset;
const searched: string[] = [];

beforeAll(() => {
  dataset = parseDataset(
    readFileSync(new URL('../../data/demo.csv', import.meta.url), 'utf8'),
  ).dataset;
  model = fitModel(dataset, { seed: 42, intervals: 20 });
});

function tools() {
  const runtime = {
    active: async () => ({ model, dataset }),
    data: async () => dataset,
    refit: async () => ({ model, dataset }),
    search: async (query: string) => {
      searched.push(query);
      return [{ id: 'adstock', title: 'Adstock', text: 'Carryover.' }];
    },
  };
  return new Map(createAgentTools(runtime).map((t) => [t.name, t]));
}

describe('agent tools on the demo model', () => {
  it('are the seven tools named in the architecture', () => {
    expect([...tools().keys()].sort()).toEqual(
      [
        'fit_model',
        'get_contributions',
        'get_model_diagnostics',
        'get_response_curve',
        'optimize_budget',
        'search_methodology',
        'what_if',
      ].sort(),
    );
  });

  it('what_if spreads TV evenly as its description shows, at the same spend', async () => {
    const what = tools().get('what_if')!;
    const example = what.description.match(/\{"changes": \[\], "flighting": \{[^}]*\}\}/)?.[0];
    const r = (await what.invoke(JSON.parse(example ?? '{}'))) as {
      delta: { spend: number; kpi: number };
      flighting: Record<string, { layout: string; perPeriod: number }>;
      changes: string[];
    };
    expect(r.delta.spend).toBe(0);
    expect(r.delta.kpi).not.toBe(0);
    expect(r.flighting.tv_spend?.layout).toBe('even');
    expect(r.changes).toEqual([
      expect.stringMatching(
        /^tv_spend: spread evenly over the 13 weeks, \$[\d,]+ a week, instead of its recent bursts/,
      ),
    ]);
  });

  it('what_if moves exactly 20% of TV to social and conserves spend', async () => {
    const r = (await tools()
      .get('what_if')!
      .invoke({ changes: [{ type: 'move', from: 'TV', to: 'social', percent: 20 }] })) as {
      reference: { spend: Record<string, number> };
      scenario: { spend: Record<string, number> };
      delta: { spend: number };
    };
    const ref = r.reference.spend;
    const scen = r.scenario.spend;
    expect(scen.tv_spend).toBeCloseTo(0.8 * ref.tv_spend!, 6);
    expect(scen.social_spend! - ref.social_spend!).toBeCloseTo(0.2 * ref.tv_spend!, 6);
    expect(r.delta.spend).toBeCloseTo(0, 6);
  });

  it('get_contributions over the whole window adds up to the fitted decomposition', async () => {
    const r = (await tools().get('get_contributions')!.invoke({})) as {
      channels: { name: string; contribution: number }[];
    };
    const total = r.channels.reduce((s, c) => s + c.contribution, 0);
    const decomposed = model.decomposition.reduce(
      (s, row) => s + Object.values(row.channels).reduce((a, b) => a + b, 0),
      0,
    );
    expect(total).toBeCloseTo(decomposed, 3);
  });

  it('get_response_curve rejects a group that covers several channels, naming them', async () => {
    await expect(tools().get('get_response_curve')!.invoke({ channel: 'digital' })).rejects.toThrow(
      /covers .*name one of them/,
    );
  });

  it('optimize_budget spends exactly the budget it was given', async () => {
    const r = (await tools()
      .get('optimize_budget')!
      .invoke({ budget: 1_000_000, channels: ['tv', 'social', 'search'] })) as {
      optimal: { spend: Record<string, number> };
      current: { spend: Record<string, number> };
    };
    const allocated = ['tv_spend', 'social_spend', 'search_spend'].reduce(
      (s, c) => s + r.optimal.spend[c]!,
      0,
    );
    expect(allocated).toBeCloseTo(1_000_000, 0);
    expect(r.optimal.spend.radio_spend).toBeCloseTo(r.current.spend.radio_spend!, 6);
  });

  it('search_methodology passes the query to the retriever', async () => {
    await tools().get('search_methodology')!.invoke({ query: 'what is adstock' });
    expect(searched).toContain('what is adstock');
  });
});

describe('fit_model with lift tests', () => {
  it('refits calibrated to the tests, with channels as the user named them', async () => {
    const asked: unknown[] = [];
    const calibrated = fitModel(dataset, {
      seed: 42,
      intervals: 20,
      calibration: [{ channel: 'tv_spend', roi: 1.5, sd: 0.1 }],
    });
    let loaded = 0;
    const runtime = {
      active: async () => {
        loaded++;
        return { model, dataset };
      },
      data: async () => dataset,
      refit: async (seed?: number, liftTests?: unknown) => {
        asked.push({ seed, liftTests });
        return { model: calibrated, dataset, previous: model };
      },
      search: async () => [],
    };
    const fit = createAgentTools(runtime).find((t) => t.name === 'fit_model');
    const r = (await fit?.invoke({ liftTests: [{ channel: 'TV', roi: 1.5, sd: 0.1 }] })) as {
      calibration: { liftTests: number; tests: unknown[] };
      shifts: { name: string; share: { before: number; after: number } }[];
    };
    // Every channel's share before (the model in use) and after the calibrated refit.
    expect(r.shifts.map((s) => s.name)).toEqual(calibrated.channels.map((c) => c.name));
    r.shifts.forEach((s, j) => {
      expect(s.share.before).toBe(model.channels[j]?.share);
      expect(s.share.after).toBe(calibrated.channels[j]?.share);
    });
    expect(asked).toEqual([
      { seed: undefined, liftTests: [{ channel: 'tv_spend', roi: 1.5, sd: 0.1 }] },
    ]);
    // Naming the tested channels reads the data only: a workspace with no model fits once.
    expect(loaded).toBe(0);
    // The readout sets the test beside the model's ROI of the channel over the same periods,
    // computed here from the decomposition.
    const tv = model.dates.reduce(
      (a, _, i) => ({
        effect: a.effect + (calibrated.decomposition[i]?.channels.tv_spend ?? 0),
        spend: a.spend + (dataset.spend.tv_spend?.[i] ?? 0),
      }),
      { effect: 0, spend: 0 },
    );
    expect(r.calibration).toMatchObject({
      liftTests: 1,
      tests: [
        {
          channels: ['tv_spend'],
          roi: 1.5,
          sd: 0.1,
          from: dataset.dates[0],
          to: dataset.dates.at(-1),
          model: { roi: tv.effect / tv.spend },
        },
      ],
    });
    const [i80] = (r.calibration.tests[0] as { model: { interval: Interval[] } }).model.interval;
    expect(i80?.level).toBe(0.8);
    expect(i80?.low).toBeLessThanOrEqual(tv.effect / tv.spend);
    expect(i80?.high).toBeGreaterThanOrEqual(tv.effect / tv.spend);
    await expect(
      fit?.invoke({ liftTests: [{ channel: 'tiktok', roi: 1, sd: 0.1 }] }),
    ).rejects.toThrow(/no TikTok channel/);
    const plain = (await fit?.invoke({})) as { calibration: { liftTests: number } };
    expect(plain.calibration.liftTests).toBe(0);
    expect(plain).not.toHaveProperty('shifts');
  });

  it('resolves a test of several channels together, and names the one it cannot find', async () => {
    const asked: unknown[] = [];
    const runtime = {
      active: async () => ({ model, dataset }),
      data: async () => dataset,
      refit: async (_seed?: number, liftTests?: unknown) => {
        asked.push(liftTests);
        return { model, dataset };
      },
      search: async () => [],
    };
    const fit = createAgentTools(runtime).find((t) => t.name === 'fit_model');
    await fit?.invoke({ liftTests: [{ channel: ['Radio', 'TV', 'tv'], roi: 2, sd: 0.2 }] });
    expect(asked).toEqual([[{ channel: ['tv_spend', 'radio_spend'], roi: 2, sd: 0.2 }]]);
    await expect(
      fit?.invoke({ liftTests: [{ channel: ['TV', 'tiktok'], roi: 1, sd: 0.1 }] }),
    ).rejects.toThrow(/liftTests\[0\]\.channel\[1\]: .*no TikTok channel/);
  });
});
