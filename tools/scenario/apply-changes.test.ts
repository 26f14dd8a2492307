import { describe, expect, it } from 'vitest';
import type { ScenarioChange } from '../agent/tool-schemas';
import { isMixPilotError } from '../errors';
import { applyChanges } from './apply-changes';
import { channelLookup } from './channel-lookup';

const reference = { tv: 100_000, facebook: 40_000, tiktok: 20_000, radio: 30_000 };
const lookup = channelLookup(Object.keys(reference));
const total = (plan: Record<string, number>) => Object.values(plan).reduce((s, v) => s + v, 0);
const apply = (...changes: ScenarioChange[]) => applyChanges(reference, changes, lookup).plan;

function errorOf(fn: () => unknown): { message: string; fields: string[] } {
  try {
    fn();
  } catch (error) {
    if (isMixPilotError(error))
      return { message: error.message, fields: error.issues.map((i) => i.field) };
    throw error;
  }
  throw new Error('expected a MixPilotError');
}

describe('applyChanges', () => {
  it('moves exactly 20% of TV to one channel', () => {
    const plan = apply({ type: 'move', from: 'tv', to: 'radio', percent: 20 });
    expect(reference.tv - (plan.tv as number)).toBeCloseTo(20_000, 9);
    expect((plan.radio as number) - reference.radio).toBeCloseTo(20_000, 9);
    expect(plan.facebook).toBe(reference.facebook);
  });

  it('splits a move to a group evenly, or by weights', () => {
    const even = apply({ type: 'move', from: 'TV', to: 'social', percent: 20 });
    expect(even.facebook).toBeCloseTo(50_000, 9);
    expect(even.tiktok).toBeCloseTo(30_000, 9);
    const weighted = apply({
      type: 'move',
      from: 'tv',
      to: ['facebook', 'tiktok'],
      amount: 30_000,
      weights: [2, 1],
    });
    expect(weighted.facebook).toBeCloseTo(60_000, 9);
    expect(weighted.tiktok).toBeCloseTo(30_000, 9);
    expect(weighted.tv).toBeCloseTo(70_000, 9);
  });

  it('conserves total spend over any sequence of moves', () => {
    const plan = apply(
      { type: 'move', from: 'tv', to: 'social', percent: 35 },
      { type: 'move', from: 'facebook', to: ['radio', 'tv'], amount: 12_345 },
      { type: 'move', from: 'radio', to: 'tiktok', percent: 100 },
    );
    expect(total(plan)).toBeCloseTo(total(reference), 8);
    expect(plan.radio).toBeCloseTo(0, 9);
  });

  it('scales, sets, adds and changes the total', () => {
    expect(apply({ type: 'scale', channel: 'radio', percent: -50 }).radio).toBeCloseTo(15_000, 9);
    expect(apply({ type: 'set', channel: 'tv', amount: 0 }).tv).toBe(0);
    expect(apply({ type: 'add', channel: 'tiktok', amount: 5_000 }).tiktok).toBeCloseTo(25_000, 9);
    const grown = apply({ type: 'total', percent: 10 });
    expect(total(grown)).toBeCloseTo(1.1 * total(reference), 8);
    expect(grown.tv).toBeCloseTo(110_000, 8);
  });

  it('applies changes in order to the plan as it stands', () => {
    const plan = apply(
      { type: 'scale', channel: 'tv', percent: 100 },
      { type: 'move', from: 'tv', to: 'radio', percent: 50 },
    );
    expect(plan.tv).toBeCloseTo(100_000, 9);
    expect(plan.radio).toBeCloseTo(130_000, 9);
  });

  it('rejects an unknown channel, naming the field and the closest channels', () => {
    const e = errorOf(() => apply({ type: 'scale', channel: 'linkedin', percent: 10 }));
    expect(e.fields).toEqual(['changes[0].channel']);
    expect(e.message).toMatch(/Unknown channel 'linkedin'.*Closest: /);
  });

  it('rejects moving more than 100% or more money than the channel has', () => {
    const byPercent = errorOf(() => apply({ type: 'move', from: 'tv', to: 'radio', percent: 120 }));
    expect(byPercent.message).toMatch(/changes\[0\]\.percent: cannot move more than 100% of tv/);
    const byAmount = errorOf(() =>
      apply({ type: 'move', from: 'radio', to: 'tv', amount: 50_000 }),
    );
    expect(byAmount.fields).toEqual(['changes[0].amount']);
    expect(byAmount.message).toMatch(/only has \$30,000.*more than 100%/);
  });

  it('rejects a negative resulting spend', () => {
    expect(
      errorOf(() => apply({ type: 'add', channel: 'radio', amount: -40_000 })).message,
    ).toMatch(/changes\[0\]\.amount: cutting \$40,000 from radio leaves a negative spend/);
    expect(errorOf(() => apply({ type: 'scale', channel: 'tv', percent: -150 })).fields).toEqual([
      'changes[0].percent',
    ]);
    expect(errorOf(() => apply({ type: 'set', channel: 'tv', amount: -1 })).message).toMatch(
      /cannot be negative/,
    );
    expect(errorOf(() => apply({ type: 'total', percent: -101 })).message).toMatch(/negative/);
  });

  it('rejects weights that do not match the receiving channels', () => {
    const e = errorOf(() =>
      apply({
        type: 'move',
        from: 'tv',
        to: ['facebook', 'radio'],
        percent: 10,
        weights: [1, 2, 3],
      }),
    );
    expect(e.fields).toEqual(['changes[0].weights']);
    expect(e.message).toMatch(/3 weights for 2 receiving channels/);
  });

  it('rejects a move with neither or both of percent and amount, or onto itself', () => {
    expect(errorOf(() => apply({ type: 'move', from: 'tv', to: 'radio' })).message).toMatch(
      /exactly one/,
    );
    expect(errorOf(() => apply({ type: 'move', from: 'tv', to: 'TV', percent: 5 })).fields).toEqual(
      ['changes[0].to'],
    );
  });
});
