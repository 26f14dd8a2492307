import { describe, expect, it } from 'vitest';
import { plannedLayout, statedCadence } from './stated-burst';

describe('statedCadence', () => {
  it('reads a burst length in periods of the data', () => {
    expect(statedCadence('run tv in 6-week bursts', 'weekly')).toEqual({ burst: 6 });
    expect(statedCadence('run tv in 6-week bursts', 'daily')).toEqual({ burst: 42 });
    expect(statedCadence('six weeks on and six weeks off', 'weekly')).toEqual({ burst: 6 });
    expect(statedCadence('a fortnight on and a fortnight off', 'daily')).toEqual({ burst: 14 });
    expect(statedCadence('in 2-month flights', 'monthly')).toEqual({ burst: 2 });
    expect(statedCadence('in 2-month flights', 'weekly')).toEqual({ burst: 9 });
  });

  it('reads pauses of another length: "3 weeks on, 1 off"', () => {
    expect(statedCadence('4 weeks on, 2 off', 'weekly')).toEqual({ burst: 4, off: 2 });
    expect(statedCadence('three weeks on and one week off', 'weekly')).toEqual({
      burst: 3,
      off: 1,
    });
    expect(statedCadence('2 weeks on, 10 days off', 'daily')).toEqual({ burst: 14, off: 10 });
    // A month is 4.35 weeks: 4 within a tenth.
    expect(statedCadence('a month on, two weeks off', 'weekly')).toEqual({ burst: 4, off: 2 });
    expect(statedCadence('5 days on, 2 days off', 'weekly')).toBeUndefined();
    expect(statedCadence('4 weeks on, 2 off', 'monthly')).toBeUndefined();
  });

  it('reads none when none is said, or the periods cannot hold it', () => {
    expect(statedCadence('run tv in bursts over the next 6 weeks', 'weekly')).toBeUndefined();
    expect(statedCadence('in 6-week bursts', 'monthly')).toBeUndefined();
    expect(statedCadence('in 3-day bursts', 'weekly')).toBeUndefined();
  });

  it('gives the flighting value: bursts with the length, even as it is', () => {
    expect(plannedLayout('bursts', { burst: 4 })).toEqual({ layout: 'bursts', burst: 4 });
    expect(plannedLayout('bursts', { burst: 3, off: 1 })).toEqual({
      layout: 'bursts',
      burst: 3,
      off: 1,
    });
    expect(plannedLayout('bursts', undefined)).toBe('bursts');
    expect(plannedLayout('even', { burst: 4 })).toBe('even');
  });
});
