import { describe, expect, it } from 'vitest';
import { rowsToCsv } from './rows-to-csv';

describe('rowsToCsv', () => {
  it('takes columns in order of first appearance, quotes what needs quoting and leaves gaps empty', () => {
    const csv = rowsToCsv([
      { date: '2024-01-01', revenue: 10, note: 'a, b' },
      { date: '2024-01-08', revenue: 12.5, tv: 3, note: 'say "hi"' },
      { date: '2024-01-15', revenue: null, tv: 0 },
    ]);
    expect(csv).toBe(
      'date,revenue,note,tv\n2024-01-01,10,"a, b",\n2024-01-08,12.5,"say ""hi""",3\n2024-01-15,,,0\n',
    );
  });
});
