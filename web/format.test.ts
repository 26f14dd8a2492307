import { describe, expect, it } from 'vitest';
import {
  formatCell,
  formatMoney,
  formatNumber,
  formatPercent,
  formatSigned,
  prettyName,
} from './assets/format.js';

describe('formatMoney', () => {
  it('formats whole dollars with grouping', () => {
    expect(formatMoney(250000)).toBe('$250,000');
    expect(formatMoney(1234.56)).toBe('$1,235');
    expect(formatMoney(-0.2)).toBe('$0');
  });

  it('abbreviates large amounts when compact', () => {
    expect(formatMoney(1_250_000, { compact: true })).toBe('$1.3M');
    expect(formatMoney(45_000, { compact: true })).toBe('$45K');
    expect(formatMoney(950, { compact: true })).toBe('$950');
  });

  it('shows a dash for missing numbers', () => {
    expect(formatMoney(Number.NaN)).toBe('–');
  });
});

describe('formatNumber', () => {
  it('uses fewer decimals for larger magnitudes', () => {
    expect(formatNumber(1234567.8)).toBe('1,234,568');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(1.2345)).toBe('1.23');
    expect(formatNumber(0.12345)).toBe('0.123');
  });

  it('abbreviates when compact', () => {
    expect(formatNumber(12_400_000, { compact: true })).toBe('12.4M');
  });
});

describe('formatPercent', () => {
  it('formats fractions with an optional sign', () => {
    expect(formatPercent(0.0234)).toBe('2.3%');
    expect(formatPercent(0.0234, { signed: true })).toBe('+2.3%');
    expect(formatPercent(-0.05)).toBe('−5.0%');
    expect(formatPercent(-0.00001, { signed: true })).toBe('0.0%');
  });
});

describe('formatSigned', () => {
  it('prefixes gains with + and losses with a minus sign', () => {
    expect(formatSigned(12300)).toBe('+12,300');
    expect(formatSigned(-4500, { compact: true })).toBe('−4,500');
    expect(formatSigned(-45000, { compact: true, money: true })).toBe('−$45K');
    expect(formatSigned(0)).toBe('0');
  });
});

describe('prettyName', () => {
  it('turns column names into labels', () => {
    expect(prettyName('paid_search')).toBe('Paid search');
    expect(prettyName('tv_spend')).toBe('TV');
    expect(prettyName('ooh')).toBe('OOH');
    expect(prettyName('Social')).toBe('Social');
  });
});

describe('formatCell', () => {
  it('formats cells by column: money, shares as percent, numbers and text', () => {
    expect(formatCell('Spend', 380000)).toBe('$380,000');
    expect(formatCell('Share of budget', 0.38)).toBe('38.0%');
    expect(formatCell('Marginal ROI', 1.1234)).toBe('1.12');
    expect(formatCell('Channel', 'TV')).toBe('TV');
  });
});
