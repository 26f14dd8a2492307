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
      // Each effect per unit has 80% and 95% intervals around it, the 95% one the wider.
      for (const name of ['price', 'promo']) {
        const r = rate(name);
        const [i80, i95] = r?.interval ?? [];
        expect(i80?.level).toBe(0.8);
        expect(i80?.low).toBeLessThanOrEqual(r?.value as number);
        expect(i80?.high).toBeGreaterThanOrEqual(r?.value as number);
        expect(i95?.low).toBeLessThanOrEqual(i80?.low as number);
        expect(i95?.high).toBeGreaterThanOrEqual(i80?.high as number);
      }
    }
  });

  it('holds the true effects in most of their 80% intervals', () => {
    // Four worlds, eight effects: `npm run bench -- baseline` gives the rates over 24 seeds.
    const held = worlds.flatMap((w) => [w.held.price.in80, w.held.promo.in80]);
    expect(held.filter(Boolean).length).toBeGreaterThanOrEqual(6);
  });
});
