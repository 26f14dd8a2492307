import { describe, expect, it } from 'vitest';
import { plannedLayout, statedBurst } from './stated-burst';

describe('statedBurst', () => {
  it('reads a burst length in periods of the data', () => {
    expect(statedBurst('run tv in 6-week bursts', 'weekly')).toBe(6);
    expect(statedBurst('run tv in 6-week bursts', 'daily')).toBe(42);
    expect(statedBurst('six weeks on and six weeks off', 'weekly')).toBe(6);
    expect(statedBurst('a fortnight on and a fortnight off', 'daily')).toBe(14);
    expect(statedBurst('in 2-month flights', 'monthly')).toBe(2);
    expect(statedBurst('in 2-month flights', 'weekly')).toBe(9);
  });

  it('reads none when none is said, the pauses differ, or the periods cannot hold it', () => {
    expect(statedBurst('run tv in bursts over the next 6 weeks', 'weekly')).toBeUndefined();
    expect(statedBurst('4 weeks on, 2 off', 'weekly')).toBeUndefined();
    expect(statedBurst('in 6-week bursts', 'monthly')).toBeUndefined();
    expect(statedBurst('in 3-day bursts', 'weekly')).toBeUndefined();
  });

  it('gives the flighting value: bursts with the length, even as it is', () => {
    expect(plannedLayout('bursts', 4)).toEqual({ layout: 'bursts', burst: 4 });
    expect(plannedLayout('bursts', undefined)).toBe('bursts');
    expect(plannedLayout('even', 4)).toBe('even');
  });
});
