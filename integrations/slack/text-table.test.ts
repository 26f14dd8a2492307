import { describe, expect, it } from 'vitest';
import { formatCell, renderTextTable } from './text-table';

describe('formatCell', () => {
  it('groups thousands and keeps a few decimals for small numbers', () => {
    expect(formatCell(1234567.891)).toBe('1,234,568');
    expect(formatCell(12.3456)).toBe('12.35');
    expect(formatCell(0.12345)).toBe('0.123');
    expect(formatCell(-2500)).toBe('-2,500');
    expect(formatCell('TV')).toBe('TV');
  });
});

describe('renderTextTable', () => {
  it('right-aligns numeric columns and left-aligns text columns', () => {
    const text = renderTextTable(
      ['channel', 'spend', 'roi'],
      [
        ['tv', 120000, 1.5],
        ['social', 8000, 2.25],
      ],
      3000,
    );
    expect(text.split('\n')).toEqual([
      'channel    spend   roi',
      '-------  -------  ----',
      'tv       120,000   1.5',
      'social     8,000  2.25',
    ]);
  });

  it('drops rows that do not fit and says how many', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [`channel_${i}`, i * 1000]);
    const text = renderTextTable(['channel', 'spend'], rows, 500);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text).toMatch(/… \d+ more rows$/);
  });
});
