import { describe, expect, it } from 'vitest';
import type { FittedModel } from '../model/model-types';
import { extrapolationWarnings } from './extrapolation';

/** A model with only what the warnings read: the channels and their spend history. */
function modelWith(history: Record<string, number[]>): FittedModel {
  return {
    responses: Object.keys(history).map((name) => ({ name })),
    spendHistory: history,
  } as unknown as FittedModel;
}

const weeks = { periods: 10, unit: 'week' as const, label: '10 weeks' };

describe('extrapolation warnings', () => {
  // TV in bursts: off half the weeks, otherwise 50k-80k; radio always on at 10k-12k.
  const model = modelWith({
    tv: Array.from({ length: 20 }, (_, t) => (t % 2 === 0 ? 0 : 50_000 + 3_000 * (t % 11))),
    radio: Array.from({ length: 20 }, (_, t) => 10_000 + 100 * t),
  });

  it('warns above the most a channel was run at', () => {
    const out = extrapolationWarnings(model, { tv: 600_000, radio: 300_000 }, weeks);
    expect(out).toEqual([
      expect.stringMatching(
        /^radio: the plan spends \$30,000 a week, above the most seen in the data \(\$11,900\)/,
      ),
    ]);
  });

  it('warns when a channel run in bursts is planned as a steady level below any it ran at', () => {
    const out = extrapolationWarnings(model, { tv: 300_000, radio: 110_000 }, weeks);
    expect(out).toEqual([
      "tv: the plan spends a steady $30,000 a week, below the least it ran at in the data (off in 10 of 20 weeks and at least $50,000 when on); the effect of that level rests on the fitted curve's shape, not on data.",
    ]);
  });

  it('says nothing inside the range seen, or for a channel switched off', () => {
    expect(extrapolationWarnings(model, { tv: 600_000, radio: 110_000 }, weeks)).toEqual([]);
    expect(extrapolationWarnings(model, { tv: 0, radio: 0 }, weeks)).toEqual([]);
  });
});
