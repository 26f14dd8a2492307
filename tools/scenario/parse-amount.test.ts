import { describe, expect, it } from 'vitest';
import { parseAmount, readAmount } from './parse-amount';

describe('amounts as people write them', () => {
  it.each([
    ['50000', 50_000],
    ['50k', 50_000],
    ['250K', 250_000],
    ['1.2M', 1_200_000],
    ['$1.5M', 1_500_000],
    ['$50,000', 50_000],
    ['2B', 2e9],
    ['+10%', 10],
    ['-20', -20],
    ['1e6', 1e6],
    ['.5', 0.5],
    [' 1 000 ', 1000],
  ])('reads %s', (text, value) => {
    expect(readAmount(text)).toBe(value);
  });

  it.each(['', 'lots', '1MM', '1e400', '--5', 'k'])('finds no amount in %j', (text) => {
    expect(readAmount(text)).toBeNull();
  });

  it('names the field when the text is not an amount', () => {
    expect(() => parseAmount('--budget', 'lots')).toThrow(
      "--budget: 'lots' is not a number (e.g. 50000, 50k, 1.2M, $50,000)",
    );
  });
});
