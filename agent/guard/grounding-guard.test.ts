import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extract-numbers';
import { checkGrounding, removeUngrounded } from './grounding-guard';

describe('extractNumbers', () => {
  it('reads money, scales, percentages and separators with their rounding', () => {
    const m = extractNumbers(
      'Revenue rises $1.2M (+3.4%), about 12,000 units or 2.5x; 200k moves.',
    );
    expect(m.map((x) => [x.value, x.tolerance, x.percent])).toEqual([
      [1_200_000, 50_000, false],
      [3.4, 0.05, true],
      [12_000, 500, false],
      [2.5, 0.05, false],
      [200_000, 500, false],
    ]);
  });

  it('skips citation markers, ISO dates and quarter labels', () => {
    expect(
      extractNumbers('In Q3 2024 [2], from 2024-07-01, TV drove 40%.').map((m) => m.value),
    ).toEqual([2024, 40]);
  });

  it('keeps the sign of decreases', () => {
    expect(extractNumbers('a change of -$45,100')[0]?.value).toBe(-45_100);
  });
});

describe('checkGrounding', () => {
  const toolResult = {
    delta: { kpi: -45_123.4, kpiPct: -0.0123 },
    share: 0.2905,
    spend: { tv: 240_000 },
  };

  it('accepts numbers that round from tool results, including fraction-to-percent', () => {
    const r = checkGrounding(
      'Revenue falls by $45,100 (-1.2%); TV holds 29.1% of sales on $240k.',
      [toolResult],
    );
    expect(r.ungrounded).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('accepts numbers from the question', () => {
    expect(
      checkGrounding('Moving 20% of TV …', [toolResult, 'what if we move 20% of TV to social?']).ok,
    ).toBe(true);
  });

  it('flags an invented number and a wrongly rounded one', () => {
    const r = checkGrounding('Revenue falls by $52,000, about 1.9% of sales.', [toolResult]);
    expect(r.ungrounded.map((m) => m.text)).toEqual(['$52,000', '1.9%']);
  });

  it('removes only the sentences that carry ungrounded numbers', () => {
    const text =
      'Revenue falls by $45,100. Competitors grew 17% last year.\n- TV: $240k\n- Social: $999k';
    const report = checkGrounding(text, [toolResult]);
    const cleaned = removeUngrounded(text, report);
    expect(cleaned.removed).toBe(2);
    expect(cleaned.text).toBe('Revenue falls by $45,100.\n- TV: $240k');
  });
});
