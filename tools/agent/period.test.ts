import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './period';

// Weekly data, Mondays from 2023-01-02 to 2024-11-25 (the week of 25 Nov covers to 1 Dec).
const dates: string[] = [];
for (let t = Date.UTC(2023, 0, 2); t <= Date.UTC(2024, 10, 25); t += 7 * 86_400_000) {
  dates.push(new Date(t).toISOString().slice(0, 10));
}

describe('resolvePeriod', () => {
  it('reads Q3 2024 as July to September 2024', () => {
    expect(resolvePeriod('Q3 2024', dates, 7)).toEqual({
      start: '2024-07-01',
      end: '2024-09-30',
      label: 'Q3 2024',
    });
  });

  it('takes last quarter as the latest quarter the data fully covers', () => {
    // data ends in the week of 25 Nov 2024: Q4 is not complete, so Q3 2024
    expect(resolvePeriod('last quarter', dates, 7).label).toBe('Q3 2024');
  });

  it('clamps a year to the data window', () => {
    expect(resolvePeriod('2023', dates, 7)).toMatchObject({
      start: '2023-01-02',
      end: '2023-12-31',
    });
  });

  it('counts the last 12 weeks back from the end of the data', () => {
    const r = resolvePeriod('over the last 12 weeks', dates, 7);
    expect(dates.filter((d) => d >= r.start && d <= r.end)).toHaveLength(12);
  });

  it('reads a month and "since" a month', () => {
    expect(resolvePeriod('March 2024', dates, 7)).toMatchObject({
      start: '2024-03-01',
      end: '2024-03-31',
    });
    expect(resolvePeriod('since march', dates, 7)).toMatchObject({
      start: '2024-03-01',
      end: '2024-11-25',
    });
  });

  it('defaults to the whole window', () => {
    expect(resolvePeriod(undefined, dates, 7)).toMatchObject({
      start: '2023-01-02',
      end: '2024-11-25',
    });
  });

  it('names the field when the period is outside the data or not a period', () => {
    expect(() => resolvePeriod('2019', dates, 7)).toThrow(/period: 2019 is outside the data/);
    expect(() => resolvePeriod('banana', dates, 7)).toThrow(/period: 'banana' is not a period/);
  });
});
