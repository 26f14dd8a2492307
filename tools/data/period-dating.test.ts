import { describe, expect, it } from 'vitest';
import { periodDating } from './period-dating';

const saturdays = ['2024-01-06', '2024-01-13', '2024-01-20'];
const mondays = ['2024-01-01', '2024-01-08', '2024-01-15'];
const sundays = ['2024-01-07', '2024-01-14', '2024-01-21'];

describe('periodDating', () => {
  it('reads the date column name first', () => {
    for (const name of ['week_ending', 'WeekEnding', 'wk_end_date', 'Week End', 'period_end'])
      expect(periodDating(name, mondays, 'weekly'), name).toBe('end');
    for (const name of ['week_start', 'WeekBeginning', 'week_of', 'DATE', 'date_week', 'time'])
      expect(periodDating(name, saturdays.slice(0, 0).concat(mondays), 'weekly'), name).toBe(
        'start',
      );
  });

  it('takes Saturday weeks as dated by their end when the name says nothing, others by their start', () => {
    expect(periodDating('date', saturdays, 'weekly')).toBe('end');
    expect(periodDating('date', mondays, 'weekly')).toBe('start');
    expect(periodDating('date', sundays, 'weekly')).toBe('start');
    expect(periodDating('week_start', saturdays, 'weekly')).toBe('start');
  });

  it('leaves daily and monthly data dated by their start', () => {
    expect(periodDating('week_ending', saturdays, 'daily')).toBe('start');
    expect(periodDating('month_end', ['2024-01-31'], 'monthly')).toBe('start');
  });
});
