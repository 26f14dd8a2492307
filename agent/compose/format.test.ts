import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../guard/grounding-guard';
import { kpiAmount, money, percent, ratio, signedKpi, signedPercent } from './format';

describe('answer formatting', () => {
  it('writes money with three significant digits and a scale', () => {
    expect(money(1_234_567)).toBe('$1.23M');
    expect(money(456_789)).toBe('$457k');
    expect(money(12_345)).toBe('$12.3k');
    expect(money(789.4)).toBe('$789');
    expect(money(-2_000_000)).toBe('-$2M');
    expect(kpiAmount(45_600, 'conversions')).toBe('45.6k');
  });

  it('writes fractions as percentages and ratios with sensible precision', () => {
    expect(percent(0.2907)).toBe('29.1%');
    expect(percent(0.0045)).toBe('0.45%');
    expect(signedPercent(0.012)).toBe('+1.2%');
    expect(ratio(2.3456)).toBe('2.35');
    expect(signedKpi(-1234.5, 'revenue')).toBe('-$1,235');
    // a range that ends at no change (switching a channel off cannot raise the KPI)
    expect(signedKpi(0, 'revenue')).toBe('$0');
    expect(signedKpi(-0, 'conversions')).toBe('0');
    expect(signedKpi(12, 'conversions')).toBe('+12');
  });

  it('produces figures the grounding guard traces back to their source value', () => {
    const values = [1_234_567, 456_789, 12_345, 0.2905, 0.0045, 2.3456, -1234.5];
    const text = [
      money(1_234_567),
      money(456_789),
      money(12_345),
      percent(0.2905),
      percent(0.0045),
      ratio(2.3456),
      signedKpi(-1234.5, 'revenue'),
    ].join(' and ');
    expect(checkGrounding(text, [values]).ungrounded).toEqual([]);
  });
});
