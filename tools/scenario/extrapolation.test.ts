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
  // TV in bursts: off half the weeks, otherwise 50k-77k; radio always on at 10k-12k.
  const model = modelWith({
    tv: Array.from({ length: 20 }, (_, t) => (t % 2 === 0 ? 0 : 50_000 + 3_000 * (t % 11))),
    radio: Array.from({ length: 20 }, (_, t) => 10_000 + 100 * t),
  });

  // Over the 10-week horizon TV replays its last 10 weeks: on in 5 of them, $310k in all.
  it('warns when the busiest period of the plan is above the most a channel was run at', () => {
    const out = extrapolationWarnings(model, { tv: 620_000, radio: 300_000 }, weeks);
    expect(out).toEqual([
      expect.stringMatching(
        /^tv: the plan's busiest week spends \$148,000, above the most seen in the data \(\$77,000\)/,
      ),
      expect.stringMatching(/^radio: the plan's busiest week spends \$31,\d{3}, above/),
    ]);
  });

  it('warns when bursts are scaled below the least a channel ran at when on', () => {
    const out = extrapolationWarnings(model, { tv: 155_000, radio: 110_000 }, weeks);
    expect(out).toEqual([
      "tv: the plan's lightest week on spends $25,000, below the least it ran at in the data (off in 10 of 20 weeks and at least $50,000 when on); the effect of that level rests on the fitted curve's shape, not on data.",
    ]);
  });

  it('calls a channel with less data than the horizon a steady level', () => {
    const short = modelWith({ print: [20_000, 30_000, 0, 25_000, 40_000] });
    expect(extrapolationWarnings(short, { print: 100_000 }, weeks)).toEqual([
      "print: the plan spends a steady $10,000 a week, below the least it ran at in the data (off in 1 of 5 weeks and at least $20,000 when on); the effect of that level rests on the fitted curve's shape, not on data.",
    ]);
  });

  it('says nothing for a replay of the last window, or for a channel switched off', () => {
    expect(extrapolationWarnings(model, { tv: 310_000, radio: 110_000 }, weeks)).toEqual([]);
    expect(extrapolationWarnings(model, { tv: 0, radio: 0 }, weeks)).toEqual([]);
  });

  it('leaves out a channel the change keeps at its reference spend and layout', () => {
    // Radio is past the data in both plans: its part cancels out of the change, so no warning.
    const reference = { tv: 310_000, radio: 300_000 };
    const changed = { tv: 620_000, radio: 300_000 };
    const out = extrapolationWarnings(model, changed, weeks, {}, reference);
    expect(out).toEqual([expect.stringMatching(/^tv: the plan's busiest week spends \$148,000/)]);
    // Laid out evenly instead of in its pattern, radio is changed even at the same total.
    const even = extrapolationWarnings(model, changed, weeks, { radio: 'even' }, reference);
    expect(even.map((w) => w.split(':')[0])).toEqual(['tv', 'radio']);
  });
});
