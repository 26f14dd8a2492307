import { describe, expect, it } from 'vitest';
import { baselineRecovery } from '../simulate/baseline-recovery';

/**
 * The baseline's parts against the simulator's truth (`baselineRecovery`, which reads each
 * effect per unit off the part, not off the model's coefficient). `npm run bench -- baseline`
 * prints the full picture over seeds 1-24; these four seeds guard the parts from getting worse.
 */
const worlds = [2, 4, 7, 8].map(baselineRecovery);

describe('baseline drivers on simulated worlds with known price and promotion effects', () => {
  it('keeps parts that add up to the baseline in every period', () => {
    for (const { model } of worlds) {
      const parts = model.baselineParts ?? [];
      expect(parts.map((p) => p.kind)).toContain('control');
      model.baselineSeries.forEach((b, t) => {
        const sum = parts.reduce((s, p) => s + (p.series[t] as number), 0);
        expect(sum).toBeCloseTo(b, 6);
      });
    }
  });

  it('recovers the price effect per unit of price within 25%', () => {
    for (const w of worlds) expect(Math.abs(w.priceError)).toBeLessThan(0.25);
  });

  it('finds each promotion week positive and within 25% of its true lift', () => {
    for (const w of worlds) expect(Math.abs(w.promoError)).toBeLessThan(0.25);
  });

  it('keeps the per-unit effect of each control, flagging the 0/1 promotion column', () => {
    for (const { model } of worlds) {
      const rate = (name: string) => model.baselineParts?.find((p) => p.name === name)?.perUnit;
      expect(rate('price')).toMatchObject({ binary: false });
      expect(rate('price')?.value).toBeLessThan(0);
      expect(rate('promo')).toMatchObject({ binary: true });
      expect(rate('promo')?.value).toBeGreaterThan(0);
    }
  });
});
