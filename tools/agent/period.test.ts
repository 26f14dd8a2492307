import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './period';

// Weekly data, Mondays from 2023-01-02 to 2024-11-25 (the week of 25 Nov covers to 1 Dec).
const dates: string[] = [];
for (let t = Date.UTC(2023, 0, 2); t <= Date.UTC(2024, 10, 25); t += 7 * 86_400_000) {
  dates.push(new Date(t).toISOString().slice(0, 10));
}

describe('resolvePeriod', () => {
  it('reads Q3 2024 as the weeks whose middle day is in July to September 2024', () => {
    // The week of 30 Sep runs to 6 Oct: its Thursday is in October, so it is Q4's.
    expect(resolvePeriod('Q3 2024', dates, 7)).toEqual({
      start: '2024-07-01',
      end: '2024-09-23',
      label: 'Q3 2024',
    });
  });

  it('takes last quarter as the latest quarter the data fully covers', () => {
    // data ends in the week of 25 Nov 2024: Q4 is not complete, so Q3 2024
    expect(resolvePeriod('last quarter', dates, 7).label).toBe('Q3 2024');
  });

  it("takes a quarter whose last week starts in late December as complete (the demo's Q4 2024)", () => {
    const toDec23 = [...dates, '2024-12-02', '2024-12-09', '2024-12-16', '2024-12-23'];
    expect(resolvePeriod('last quarter', toDec23, 7)).toEqual({
      start: '2024-09-30',
      end: '2024-12-23',
      label: 'Q4 2024',
    });
    // One week short (the week of 23 Dec is missing), Q4 is not whole.
    expect(resolvePeriod('last quarter', toDec23.slice(0, -1), 7).label).toBe('Q3 2024');
  });

  it('reads monthly data dated by the first or the last day of each month alike', () => {
    const starts = Array.from({ length: 24 }, (_, m) =>
      new Date(Date.UTC(2023, m, 1)).toISOString().slice(0, 10),
    );
    const ends = Array.from({ length: 24 }, (_, m) =>
      new Date(Date.UTC(2023, m + 1, 0)).toISOString().slice(0, 10),
    );
    expect(resolvePeriod('last quarter', starts, 30)).toEqual({
      start: '2024-10-01',
      end: '2024-12-01',
      label: 'Q4 2024',
    });
    expect(resolvePeriod('last quarter', ends, 30)).toEqual({
      start: '2024-10-31',
      end: '2024-12-31',
      label: 'Q4 2024',
    });
    expect(resolvePeriod('March 2024', ends, 30)).toMatchObject({
      start: '2024-03-31',
      end: '2024-03-31',
    });
  });

  it('keeps daily data to whole quarters by the day', () => {
    const days: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2024, 11, 30); t += 86_400_000)
      days.push(new Date(t).toISOString().slice(0, 10));
    expect(resolvePeriod('last quarter', days, 1).label).toBe('Q3 2024');
    expect(resolvePeriod('last quarter', [...days, '2024-12-31'], 1)).toMatchObject({
      start: '2024-10-01',
      end: '2024-12-31',
      label: 'Q4 2024',
    });
  });

  it('clamps a year to the data window', () => {
    expect(resolvePeriod('2023', dates, 7)).toMatchObject({
      start: '2023-01-02',
      end: '2023-12-25',
    });
  });

  it('counts the last 12 weeks back from the end of the data', () => {
    const r = resolvePeriod('over the last 12 weeks', dates, 7);
    expect(dates.filter((d) => d >= r.start && d <= r.end)).toHaveLength(12);
  });

  it('reads a month and "since" a month', () => {
    // The week of 26 Feb has its Thursday on 29 Feb; the week of 25 Mar on 28 Mar.
    expect(resolvePeriod('March 2024', dates, 7)).toMatchObject({
      start: '2024-03-04',
      end: '2024-03-25',
    });
    expect(resolvePeriod('since march', dates, 7)).toMatchObject({
      start: '2024-03-04',
      end: '2024-11-25',
    });
  });

  it('defaults to the whole window', () => {
    expect(resolvePeriod(undefined, dates, 7)).toMatchObject({
      start: '2023-01-02',
      end: '2024-11-25',
    });
  });

  it('reads "recent" as the recent spend window when the caller gives one, else not as a period', () => {
    expect(resolvePeriod('recent', dates, 7, { recent: 13 })).toEqual({
      start: dates[dates.length - 13],
      end: '2024-11-25',
      label: 'the last 13 weeks',
    });
    expect(resolvePeriod('current', dates.slice(0, 4), 7, { recent: 13 })).toMatchObject({
      start: '2023-01-02',
      label: 'the last 4 weeks',
    });
    expect(() => resolvePeriod('recent', dates, 7)).toThrow(/period: 'recent' is not a period/);
  });

  it('places weeks dated by their end (Saturdays) in the quarter most of their days are in', () => {
    const saturdays: string[] = [];
    for (let t = Date.UTC(2023, 0, 7); t <= Date.UTC(2024, 11, 28); t += 7 * 86_400_000)
      saturdays.push(new Date(t).toISOString().slice(0, 10));
    // The week ending Sat 29 June runs 23-29 June (Q2); the one ending 5 October runs from
    // 29 September, mostly October (Q4).
    expect(resolvePeriod('Q3 2024', saturdays, 7, { dating: 'end' })).toMatchObject({
      start: '2024-07-06',
      end: '2024-09-28',
    });
    // Read as week starts, the same dates would put 29 June in Q3, a week late.
    expect(resolvePeriod('Q3 2024', saturdays, 7)).toMatchObject({ start: '2024-06-29' });
    // The last week ends 28 December: Q4 2024 is whole, so it is the last quarter.
    expect(resolvePeriod('last quarter', saturdays, 7, { dating: 'end' })).toMatchObject({
      start: '2024-10-05',
      end: '2024-12-28',
      label: 'Q4 2024',
    });
  });

  it('reads "the quarter before last" and "the year before last" one step before the last whole one', () => {
    // The data end with the week of 25 November 2024: the last whole quarter is Q3 2024.
    expect(resolvePeriod('quarter before last', dates, 7)).toMatchObject({ label: 'Q2 2024' });
    // The last whole year is 2023, so the one before it is outside the data.
    expect(() => resolvePeriod('the year before last', dates, 7)).toThrow(
      /2022 is outside the data/,
    );
  });

  it('reads a month only as a whole word ("marketing" is not March)', () => {
    expect(() => resolvePeriod('from marketing', dates, 7)).toThrow(/is not a period/);
    expect(resolvePeriod('since sept 2024', dates, 7)).toMatchObject({
      label: 'since September 2024',
    });
    expect(resolvePeriod('march 2024', dates, 7)).toMatchObject({ label: 'March 2024' });
  });

  it('names the field when the period is outside the data or not a period', () => {
    expect(() => resolvePeriod('2019', dates, 7)).toThrow(/period: 2019 is outside the data/);
    expect(() => resolvePeriod('banana', dates, 7)).toThrow(/period: 'banana' is not a period/);
  });
});
