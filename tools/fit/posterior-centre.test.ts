import { describe, expect, it } from 'vitest';
import { createRng } from '../model/random';
import { randomSpec } from '../simulate/random-spec';
import { simulateDataset } from '../simulate/simulate-dataset';
import { buildBaseDesign } from './baseline-design';
import { coreContext, coreInputs, fitCore } from './fit-core';
import { resolveSettings } from './fit-options';
import { contributionsAt } from './near-best-sampler';
import { centredCoefficients, meanContributions } from './posterior-centre';
import { loadCandidate } from './search';

describe('posterior centre of a fit', () => {
  const { dataset } = simulateDataset(randomSpec(7, { frequency: 'weekly', channels: 3 }), 7);
  const names = dataset.schema.channels;
  const settings = resolveSettings({ sampleEvaluations: 0 }, 'weekly', names.length);
  const base = buildBaseDesign(dataset);
  const inputs = coreInputs(
    base,
    names.map((c) => dataset.spend[c] ?? []),
    settings,
  );
  const y = Float64Array.from(dataset.kpi);
  const core = fitCore(inputs, y, createRng(1));
  const ctx = coreContext(inputs, y);
  loadCandidate(ctx, core);
  const pr = ctx.problem;
  const pb = base.columns.length;
  const contributionsOf = (coef: Float64Array) =>
    names.map((_, j) => (coef[pb + j] as number) * pr.columnSum(pb + j, pr.allSegment));

  it('takes the per-channel mean of the draws', () => {
    const draw = (c: number[]) => ({ contribution: c, channels: [], base: [] });
    expect(meanContributions([draw([1, 9]), draw([3, 5]), draw([5, 1])], 2)).toEqual([3, 5]);
  });

  it("gives back the ridge optimum when handed the optimum's own contributions", () => {
    const own = contributionsAt(ctx, core.penalty);
    const coef = centredCoefficients(ctx, core, own);
    core.coef.forEach((v, i) => {
      expect(coef[i]).toBeCloseTo(v, 6);
    });
  });

  it('sets the contributions it is given and refits the baseline by least squares on the rest', () => {
    const target = contributionsOf(core.coef).map((c, j) => c * (j === 0 ? 1.5 : 0.8));
    const coef = centredCoefficients(ctx, core, target);
    contributionsOf(coef).forEach((c, j) => {
      expect(c).toBeCloseTo(target[j] as number, 6);
    });
    // Intercept and trend are free and unpenalised: the residual is orthogonal to both columns.
    const residual = Array.from(y, (v, t) => {
      let fitted = 0;
      for (let i = 0; i < pr.p; i++)
        fitted += ((pr.columns[i] as Float64Array)[t] as number) * (coef[i] as number);
      return v - fitted;
    });
    const scale = Math.sqrt(residual.reduce((a, r) => a + r * r, 0));
    for (const kind of ['intercept', 'trend'] as const) {
      const column = pr.columns[base.kinds.indexOf(kind)] as Float64Array;
      const norm = Math.sqrt(column.reduce((a, v) => a + v * v, 0));
      const dot = residual.reduce((a, r, t) => a + r * (column[t] as number), 0);
      expect(Math.abs(dot) / (norm * scale)).toBeLessThan(1e-6);
    }
  });
});
