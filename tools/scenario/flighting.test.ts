import { describe, expect, it } from 'vitest';
import { isMixPilotError } from '../errors';
import { drawDeltas, guaranteedSign } from './delta-interval';
import { resolveHorizon } from './horizon';
import { referencePlan } from './reference-plan';
import { syntheticModel } from './synthetic-model';
import { compareWhatIf, whatIf } from './what-if';

/** Hill with slope alpha and half-saturation gamma, written out. */
const hill = (x: number, alpha: number, gamma: number) =>
  x ** alpha / (x ** alpha + gamma ** alpha);

// TV with no carryover, run in bursts: $2,000 every other week for 26 weeks. Its last 13 weeks
// (the default horizon) are on in 7 of them, so the run-rate plan spends 7 × $2,000 = $14,000.
const ON = 2000;
const bursts = Array.from({ length: 26 }, (_, t) => (t % 2 === 1 ? ON : 0));
const TOTAL = 7 * ON;
const BETA = 5000;
const BASELINE = 100;

function tvModel(alpha: number, gamma: number, draws = 0) {
  return syntheticModel({
    channels: [{ name: 'tv_spend', alpha, gamma, beta: BETA, spend: bursts }],
    baseline: BASELINE,
    draws,
  });
}

/** The closed forms: 7 weeks of T/7 each (bursts) against 13 weeks of T/13 each (even). */
function closedForm(total: number, alpha: number, gamma: number) {
  return {
    bursts: 7 * BETA * hill(total / 7, alpha, gamma),
    even: 13 * BETA * hill(total / 13, alpha, gamma),
  };
}

describe('what-if with flighting (continuity vs bursts)', () => {
  it('with a concave curve, spreading evenly beats the bursts by the closed form', () => {
    const gamma = 1500;
    const r = whatIf(tvModel(1, gamma), { changes: [], flighting: { tv: 'even' } });
    const want = closedForm(TOTAL, 1, gamma);
    expect(r.reference.spend.tv_spend).toBeCloseTo(TOTAL, 9);
    expect(r.scenario.spend.tv_spend).toBeCloseTo(TOTAL, 9);
    expect(r.reference.channelKpi.tv_spend).toBeCloseTo(want.bursts, 8);
    expect(r.scenario.channelKpi.tv_spend).toBeCloseTo(want.even, 8);
    expect(r.reference.kpi).toBeCloseTo(13 * BASELINE + want.bursts, 8);
    expect(r.delta.kpi).toBeCloseTo(want.even - want.bursts, 8);
    expect(r.delta.kpi).toBeGreaterThan(0);
    expect(r.delta.spend).toBe(0);
    expect(r.delta.roi).toBeNull();
  });

  it('with a steep S-curve far below half-saturation, the bursts beat spreading evenly', () => {
    const gamma = 20_000;
    const r = whatIf(tvModel(3, gamma), { changes: [], flighting: { tv_spend: 'even' } });
    const want = closedForm(TOTAL, 3, gamma);
    expect(r.reference.channelKpi.tv_spend).toBeCloseTo(want.bursts, 8);
    expect(r.scenario.channelKpi.tv_spend).toBeCloseTo(want.even, 8);
    expect(r.delta.kpi).toBeCloseTo(want.even - want.bursts, 8);
    expect(r.delta.kpi).toBeLessThan(0);
  });

  it('applies changes first, then lays the changed amount out evenly', () => {
    const gamma = 1500;
    const r = whatIf(tvModel(1, gamma), {
      changes: [{ type: 'scale', channel: 'tv', percent: 20 }],
      flighting: { tv: 'even' },
    });
    const want = closedForm(1.2 * TOTAL, 1, gamma);
    expect(r.scenario.channelKpi.tv_spend).toBeCloseTo(want.even, 8);
    expect(r.reference.channelKpi.tv_spend).toBeCloseTo(closedForm(TOTAL, 1, gamma).bursts, 8);
    expect(r.changes).toEqual([
      'Scaled tv_spend by +20%.',
      'tv_spend: spread evenly over the 13 weeks, $1,292 a week, instead of its recent bursts (on in 7 of its last 13 weeks of data).',
    ]);
    expect(r.flighting).toEqual({
      tv_spend: {
        layout: 'even',
        perPeriod: (1.2 * TOTAL) / 13,
        on: 13,
        recent: 'bursts',
        recentOn: 7,
      },
    });
  });

  it('says which channels are spread evenly and reads the plan’s own steady level', () => {
    const r = whatIf(tvModel(1, 1500), { changes: [], flighting: { tv: 'even' } });
    expect(r.assumptions[0]).toMatch(
      /In the scenario, tv_spend is spread evenly over the 13 weeks \(always-on\) instead; the reference plan keeps its recent shape\.$/,
    );
    // $14,000 / 13 a week is below the $2,000 TV always ran at when on.
    expect(r.warnings).toEqual([
      "tv_spend: the plan spends a steady $1,077 a week, below the least it ran at in the data (off in 13 of 26 weeks and at least $2,000 when on); the effect of that level rests on the fitted curve's shape, not on data.",
    ]);
  });

  it('gives each draw the closed-form change, and the same result from compareWhatIf', () => {
    const gamma = 1500;
    const model = tvModel(1, gamma, 40);
    const flighting = { tv_spend: 'even' } as const;
    const horizon = resolveHorizon('weekly');
    const reference = referencePlan(model, 13);
    const deltas = drawDeltas(model, reference, reference, 13, flighting);
    expect(deltas).toHaveLength(40);
    model.draws.forEach((draw, k) => {
      const r = draw.channels[0];
      if (!r) throw new Error('one channel');
      const g = r.saturation.gamma;
      const want = 13 * r.beta * hill(TOTAL / 13, 1, g) - 7 * r.beta * hill(TOTAL / 7, 1, g);
      expect(deltas[k]).toBeCloseTo(want, 8);
    });
    const viaArgs = whatIf(model, { changes: [], flighting: { tv: 'even' } });
    const direct = compareWhatIf(model, horizon, reference, reference, [], flighting);
    expect(direct).toEqual(viaArgs);
    const [i80, i95] = viaArgs.delta.interval;
    expect(i80?.low).toBeLessThanOrEqual(viaArgs.delta.kpi);
    expect(i80?.high).toBeGreaterThanOrEqual(viaArgs.delta.kpi);
    expect(i95?.low).toBeLessThanOrEqual(i80?.low as number);
  });

  it('claims no sign for a re-layout, even when the amount only grows', () => {
    expect(guaranteedSign({ tv: 100 }, { tv: 120 })).toEqual({ floor: 0 });
    expect(guaranteedSign({ tv: 100 }, { tv: 120 }, { tv: 'even' })).toEqual({});
    expect(guaranteedSign({ tv: 100 }, { tv: 80 }, { tv: 'even' })).toEqual({});
    expect(guaranteedSign({ tv: 100 }, { tv: 0 }, { tv: 'even' })).toEqual({ ceiling: 0 });
  });

  it('changes almost nothing for an always-on channel whose history is already flat', () => {
    const flat = syntheticModel({
      channels: [
        { name: 'tv_spend', alpha: 2, gamma: 900, beta: BETA, theta: 0.5, maxLag: 4, spend: 700 },
        { name: 'search', alpha: 1, gamma: 300, beta: 800, spend: 250 },
      ],
      baseline: BASELINE,
      draws: 20,
    });
    const r = whatIf(flat, { changes: [], flighting: { tv: 'even' } });
    expect(Math.abs(r.delta.kpi)).toBeLessThan(1e-9 * r.reference.kpi);
    for (const i of r.delta.interval) {
      expect(Math.abs(i.low)).toBeLessThan(1e-6);
      expect(Math.abs(i.high)).toBeLessThan(1e-6);
    }
    expect(r.changes).toEqual([
      'tv_spend: spread evenly over the 13 weeks, $700 a week, much as it ran recently.',
    ]);
  });

  it('resolves groups and aliases as changes do', () => {
    const four = syntheticModel({
      channels: [
        { name: 'tv', alpha: 1, gamma: 800, beta: 900, spend: bursts.map((v) => v / 2) },
        { name: 'facebook', alpha: 1, gamma: 300, beta: 300, spend: bursts.map((v) => v / 8) },
        { name: 'tiktok', alpha: 1, gamma: 200, beta: 200, spend: bursts.map((v) => v / 10) },
        { name: 'search', alpha: 1, gamma: 150, beta: 250, spend: 200 },
      ],
    });
    const r = whatIf(four, { changes: [], flighting: { social: 'even' } });
    expect(Object.keys(r.flighting)).toEqual(['facebook', 'tiktok']);
    expect(r.delta.channels.tv?.kpi).toBe(0);
    expect(r.delta.channels.facebook?.kpi).toBeGreaterThan(0);
  });
});

describe('flighting argument errors', () => {
  const model = tvModel(1, 1500);
  const errorOf = (args: unknown) => {
    try {
      whatIf(model, args);
    } catch (error) {
      if (isMixPilotError(error)) return error;
      throw error;
    }
    throw new Error('expected an error');
  };

  it('names the field of an unknown channel and the reason', () => {
    const e = errorOf({ changes: [], flighting: { billboard: 'even' } });
    expect(e.issues?.[0]?.field).toBe('flighting.billboard');
    expect(e.message).toMatch(/^flighting\.billboard: .*billboard/);
  });

  it('names the field of a layout it does not know', () => {
    const e = errorOf({ changes: [], flighting: { tv: 'pulsed' } });
    expect(e.code).toBe('invalid_input');
    expect(e.issues?.[0]?.field).toBe('flighting.tv');
  });

  it('refuses an empty list of changes unless the flighting changes something', () => {
    for (const args of [{ changes: [] }, { changes: [], flighting: { tv: 'historical' } }]) {
      const e = errorOf(args);
      expect(e.issues?.[0]?.field).toBe('changes');
      expect(e.message).toMatch(
        /at least one change .* or a flighting that lays a channel out anew/,
      );
    }
  });

  it('refuses a channel two keys lay out differently', () => {
    const e = errorOf({ changes: [], flighting: { tv: 'even', tv_spend: 'historical' } });
    expect(e.issues?.[0]?.field).toBe('flighting.tv_spend');
  });
});
