import { describe, expect, it } from 'vitest';
import type { Interval } from '../../tools';
import { checkGrounding } from '../guard/grounding-guard';
import { composeAnswer } from './compose-answer';
import type { ComposeContext } from './composed';
import type { DiagnosticsView } from './diagnostics-text';

const ctx: ComposeContext = {
  kpi: 'revenue',
  kpiType: 'revenue',
  label: (c) => ({ tv_spend: 'TV', social_spend: 'Social' })[c] ?? c,
  warnings: [],
  unit: 'weeks',
  channels: ['tv_spend', 'social_spend'],
};

const diagnostics: DiagnosticsView = {
  kpi: 'revenue',
  periods: 156,
  frequency: 'weekly',
  metrics: {
    r2: 0.9,
    nrmse: 0.05,
    mape: 0.04,
    holdout: { periods: 16, r2: 0.8, mape: 0.06, nrmse: 0.07 },
    decompRssd: 0.1,
  },
  quality: 'good',
  uncertainChannels: [],
  warnings: [],
};

const fitAnswer = (calibration: unknown) =>
  composeAnswer({
    calls: [
      {
        id: 'c1',
        name: 'fit_model',
        args: { refit: true, seed: 7 },
        result: { diagnostics, calibration },
      },
    ],
    modelText: '',
    hosted: false,
    notices: [],
    ctx,
  }).text;

describe('composeAnswer for fit_model', () => {
  it('says how many lift tests the refitted model is calibrated to, and on which channels', () => {
    const window = { from: '2024-01-01', to: '2024-03-25' };
    const text = fitAnswer({
      liftTests: 2,
      tests: [
        { channels: ['social_spend'], roi: 1, sd: 0.05, ...window, model: { roi: 1.02 } },
        {
          channels: ['tv_spend', 'social_spend'],
          roi: 2,
          sd: 0.3,
          ...window,
          model: { roi: 1.9, interval: [{ level: 0.8, low: 1.6, high: 2.2 }] },
        },
      ],
    });
    expect(text).toMatch(
      /^Refitted the model, calibrated to 2 lift tests \(Social, TV \+ Social\)\. /,
    );
    expect(text).toContain(
      'Social: the lift test measured ROI 1 ± 0.05 (2024-01-01 to 2024-03-25); the calibrated model gives 1.02 over the same weeks',
    );
    expect(text).toContain(
      'TV + Social: the lift test measured ROI 2 ± 0.3 (2024-01-01 to 2024-03-25); the calibrated model gives 1.9 (80% range 1.6 to 2.2) over the same weeks',
    );
  });

  it('says nothing about calibration for a model without lift tests', () => {
    expect(fitAnswer({ liftTests: 0, tests: [] })).toMatch(/^Refitted the model\. The model/);
    expect(fitAnswer(undefined)).toMatch(/^Refitted the model\. The model/);
  });
});

describe('composeAnswer for a what-if asked for some regions', () => {
  const question = 'What happens if we pause TV in 10 regions as a geo holdout test?';
  const call = {
    id: 'c1',
    name: 'what_if' as const,
    args: { changes: [{ type: 'set', channel: 'tv_spend', amount: 0 }] },
    result: {
      horizon: { periods: 13, unit: 'week' },
      reference: { spend: { tv_spend: 120_000, social_spend: 50_000 }, kpi: 2_000_000 },
      scenario: { spend: { tv_spend: 0, social_spend: 50_000 }, kpi: 1_900_000 },
      delta: { kpi: -100_000, kpiPct: -0.05, spend: -120_000 },
      assumptions: [],
    },
  };

  it('states plainly that the figures are national, with only numbers the tool or question gave', () => {
    const draft = composeAnswer({
      calls: [call],
      modelText: '',
      hosted: false,
      notices: [],
      ctx: { ...ctx, regions: '10 regions' },
    });
    expect(draft.text).toContain(
      'Assumption: the model is national, with no regional breakdown, so these figures are for switching off TV everywhere; the same change in 10 regions only would move just part of them.',
    );
    const sources = [[call.args, call.result], [question], draft.parts];
    expect(checkGrounding(draft.text, sources).ungrounded).toEqual([]);
  });

  it('says a second request of the same message is still to ask, quoting it', () => {
    const asked = 'could you show me which channels drove the most revenue in 2024?';
    const draft = composeAnswer({
      calls: [call],
      modelText: '',
      hosted: false,
      notices: [],
      ctx: { ...ctx, later: asked },
    });
    expect(draft.text.split('\n').at(-1)).toBe(
      `You also asked: "${asked}" Ask it on its own and I will answer it next.`,
    );
    const sources = [[call.args, call.result], [`${question} ${asked}`], draft.parts];
    expect(checkGrounding(draft.text, sources).ungrounded).toEqual([]);
  });
});

describe('composeAnswer for what drives the KPI besides paid media', () => {
  const question = 'how much do price and promotions matter?';
  const driver = (name: string, kind: string, contribution: number, lo: number, hi: number) => ({
    name,
    kind,
    contribution,
    share: contribution / 10_000_000,
    lowest: lo,
    highest: hi,
  });
  const call = {
    id: 'c1',
    name: 'get_contributions' as const,
    args: { sortBy: 'contribution', focus: 'baseline' },
    result: {
      period: { start: '2024-01-01', end: '2024-12-30', label: '2024', periods: 53 },
      kpi: 'revenue',
      kpiType: 'revenue',
      total: { kpi: 10_000_000, spend: 1_000_000, media: 2_500_000 },
      baseline: {
        contribution: 7_500_000,
        share: 0.75,
        drivers: [
          driver('price', 'control', -1_000, -80_000, 200_000),
          driver('promo', 'event', 900_000, 0, 60_000),
          driver('intercept', 'intercept', 6_000_000, 113_000, 113_000),
        ],
      },
      sortBy: 'contribution',
      channels: [],
      focus: 'baseline',
    },
  };

  it('leads with the baseline and gives each driver its total and its range, grounded', () => {
    const draft = composeAnswer({ calls: [call], modelText: '', hosted: false, notices: [], ctx });
    expect(draft.text).toMatch(
      /^Besides paid media, the baseline made \$7\.5M of revenue over 2024 \(75\.0%\); paid media made \$2\.5M\./,
    );
    expect(draft.text).toContain(
      'Price: moved revenue between -$80k and +$200k a week against its average level (about nothing net over the period).',
    );
    expect(draft.text).toContain(
      'Promo (event): +$900k over the period (9.0%), at most +$60k in one week.',
    );
    const sources = [[call.args, call.result], [question], draft.parts];
    expect(checkGrounding(draft.text, sources).ungrounded).toEqual([]);
  });

  /** The call with price's and the promotion's effects per unit (and their intervals) set. */
  const withRates = (priceInterval?: Interval[], promoInterval?: Interval[]) => {
    const [price, promo, intercept] = call.result.baseline.drivers;
    const rate = (value: number, binary: boolean, interval?: Interval[]) => ({
      value,
      binary,
      ...(interval ? { interval } : {}),
    });
    return {
      ...call,
      result: {
        ...call.result,
        baseline: {
          ...call.result.baseline,
          drivers: [
            { ...price, perUnit: rate(-49_000, false, priceInterval) },
            { ...promo, perUnit: rate(58_000, true, promoInterval) },
            intercept,
          ],
        },
      },
    };
  };

  it('states a control per unit and a 0/1 column per period it is on, grounded', () => {
    const rated = withRates();
    const draft = composeAnswer({ calls: [rated], modelText: '', hosted: false, notices: [], ctx });
    expect(draft.text).toContain(
      'Price: -$49k a week per unit of price; moved revenue between -$80k and +$200k',
    );
    expect(draft.text).toContain(
      'Promo (event): each week it is on, +$58k; +$900k over the period (9.0%).',
    );
    const sources = [[rated.args, rated.result], [question], draft.parts];
    expect(checkGrounding(draft.text, sources).ungrounded).toEqual([]);
    expect(draft.text).toContain('These are point estimates: the intervals cover paid media only.');
  });

  it('gives an effect per unit its 80% range when the model kept one, grounded', () => {
    const iv = (low: number, high: number) => [
      { level: 0.8, low, high },
      { level: 0.95, low: low * 1.3, high: high * 1.3 },
    ];
    const ranged = withRates(iv(-54_000, -43_000), iv(39_000, 79_000));
    const draft = composeAnswer({
      calls: [ranged],
      modelText: '',
      hosted: false,
      notices: [],
      ctx,
    });
    expect(draft.text).toContain(
      'Price: -$49k (80% range -$54k to -$43k) a week per unit of price; moved revenue',
    );
    expect(draft.text).toContain(
      'Promo (event): each week it is on, +$58k (80% range +$39k to +$79k); +$900k over the period (9.0%).',
    );
    expect(draft.text).toContain(
      'Effects per unit carry their 80% ranges; the totals, swings, seasonality, trend and base level are point estimates.',
    );
    const sources = [[ranged.args, ranged.result], [question], draft.parts];
    expect(checkGrounding(draft.text, sources).ungrounded).toEqual([]);
  });
});

describe('composeAnswer for one channel asked about', () => {
  it('gives its own figures, not "the best return" of a list of one', () => {
    const call = {
      id: 'c1',
      name: 'get_contributions' as const,
      args: { sortBy: 'roi', channels: ['social_spend'] },
      result: {
        period: { start: '2022-01-03', end: '2024-12-23', label: 'the whole data', periods: 156 },
        kpi: 'revenue',
        kpiType: 'revenue',
        total: { kpi: 10_000_000, spend: 400_000, media: 604_000 },
        baseline: { contribution: 7_000_000, share: 0.7, drivers: [] },
        sortBy: 'roi',
        channels: [
          {
            name: 'social_spend',
            spend: 400_000,
            contribution: 604_000,
            share: 0.0604,
            roi: 1.51,
            mroi: 0.8,
            interval: { contribution: [], roi: [{ level: 0.8, low: 1.1, high: 1.9 }] },
          },
        ],
      },
    };
    const draft = composeAnswer({ calls: [call], modelText: '', hosted: false, notices: [], ctx });
    expect(draft.text).toMatch(
      /^Social over the whole data: \$604k of revenue, 6\.0% of the total, on \$400k spend: ROI 1\.51 \(80% range 1\.1 to 1\.9\), next-dollar ROI 0\.8 at the recent spend rate\./,
    );
    expect(draft.text).not.toContain('best');
    const sources = [[call.args, call.result], ["What's the ROI of social?"], draft.parts];
    expect(checkGrounding(draft.text, sources).ungrounded).toEqual([]);
  });
});

describe('composeAnswer for a profit plan', () => {
  it('states the profit before and after, and why the plan spends what it spends', () => {
    const call = {
      id: 'c1',
      name: 'optimize_budget' as const,
      args: { objective: 'max_profit', margin: 0.3, budget: 2_500_000 },
      result: {
        objective: 'max_profit',
        budget: 310_000,
        current: { spend: { tv_spend: 450_000, social_spend: 356_000 }, kpi: 15_000_000 },
        optimal: { spend: { tv_spend: 0, social_spend: 310_000 }, kpi: 13_400_000 },
        delta: { kpi: -1_600_000, kpiPct: -0.107 },
        marginalRoi: { tv_spend: 1.2, social_spend: 3.33 },
        binding: [],
        explanation: [],
        summary: [
          'Most profit at a 30% margin (profit = margin × KPI − spend): spend $310,000, where one more $1 earns back just its cost in margin.',
        ],
        profit: { margin: 0.3, current: 3_690_000, optimal: 3_710_000 },
      },
    };
    const draft = composeAnswer({ calls: [call], modelText: '', hosted: false, notices: [], ctx });
    expect(draft.text).toContain(
      'Profit (30.0% margin × revenue − spend) goes from $3.69M with the current plan to $3.71M.',
    );
    expect(draft.text).toContain('- Most profit at a 30% margin');
    const sources = [[call.args, call.result], ['maximise profit at a 30% margin'], draft.parts];
    expect(checkGrounding(draft.text, sources).ungrounded).toEqual([]);
  });
});

describe('composeAnswer for a plan with a range on its gain', () => {
  const plan = (interval: unknown) => ({
    id: 'c1',
    name: 'optimize_budget' as const,
    args: {},
    result: {
      objective: 'max_kpi',
      budget: 806_000,
      current: { spend: { tv_spend: 450_000, social_spend: 356_000 }, kpi: 15_000_000 },
      optimal: { spend: { tv_spend: 300_000, social_spend: 506_000 }, kpi: 15_300_000 },
      delta: { kpi: 300_000, kpiPct: 2, interval },
      marginalRoi: { tv_spend: 2.1, social_spend: 2.1 },
      binding: [],
      explanation: [],
    },
  });

  it('gives the 80% range of the gain beside it, grounded in the tool result', () => {
    const call = plan([
      { level: 0.8, low: 120_000, high: 410_000 },
      { level: 0.95, low: 40_000, high: 520_000 },
    ]);
    const draft = composeAnswer({ calls: [call], modelText: '', hosted: false, notices: [], ctx });
    expect(draft.text).toContain(
      'With the same money, revenue changes by +$300k (+2.0%) against the current plan (80% range +$120k to +$410k).',
    );
    expect(draft.text).not.toContain('cannot say for sure');
    const sources = [[call.args, call.result], ['how should we split the budget?'], draft.parts];
    expect(checkGrounding(draft.text, sources).ungrounded).toEqual([]);
  });

  it('says when the range holds no gain at all', () => {
    const call = plan([{ level: 0.8, low: -50_000, high: 410_000 }]);
    const draft = composeAnswer({ calls: [call], modelText: '', hosted: false, notices: [], ctx });
    expect(draft.text).toContain(
      '- The 80% range includes no change: the model cannot say for sure that this split does better than the current plan.',
    );
  });
});
