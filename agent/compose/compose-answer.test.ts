import { describe, expect, it } from 'vitest';
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
