import type { Rng } from '../model/random';
import type { BaseDesign } from './baseline-design';
import type { FitSettings } from './fit-options';
import type { Calibration, LiftTest } from './lift-tests';
import { type MediaParams, spendScale } from './media-params';
import { medoid, type Sample, sampleNearBest } from './near-best-sampler';
import { type ProblemLayout, ProjectionProblem, type RoiPrior } from './projection-problem';
import {
  type Candidate,
  globalSearch,
  loadCandidate,
  PRIOR_ALPHA,
  PRIOR_GAMMA,
  type SearchContext,
  toLambda,
} from './search';

/** Inputs shared by the main fit and its interval draws. */
export interface CoreInputs {
  base: BaseDesign;
  spends: Float64Array[];
  scales: number[];
  spendShares: number[];
  layout: ProblemLayout;
  settings: FitSettings;
  /** Lift tests the fit is calibrated to (none by default). */
  liftTests: LiftTest[];
}

/** The chosen parameters and coefficients (original units; base columns first, then media). */
export interface CoreFit {
  params: MediaParams[];
  lambda: number;
  penalty: number;
  score: number;
  /** Fit on all periods: the decomposition. */
  coef: Float64Array;
  /** Fit on the training window only: predicts the holdout. */
  coefTrain: Float64Array;
  columns: Float64Array[];
  /** States of the near-optimal region: the point estimate's curves are their medoid's, its draws come from them (empty without sampling). */
  samples: Sample[];
  /** Effective number of independent training periods (residual persistence discounted). */
  nEff: number;
  /** The ROI prior the fit was made under (none when media explain nothing at the outset). */
  roiPrior: RoiPrior | undefined;
  /** The lift-test calibration the fit was made under, if any. */
  calibration: Calibration | undefined;
}

/** Cuts the series into training window, rolling-origin validation blocks and holdout. */
export function makeLayout(n: number, p: number, holdoutShare: number): ProblemLayout {
  const holdout = n - Math.round(holdoutShare * n) >= p + 20 ? Math.round(holdoutShare * n) : 0;
  const trainEnd = n - holdout;
  const block = Math.max(2, Math.round(0.08 * trainEnd));
  let folds = 3;
  while (folds > 1 && trainEnd - folds * block < p + 8) folds--;
  const foldStarts = Array.from({ length: folds }, (_, k) => trainEnd - (folds - k) * block);
  return { n, trainEnd, foldStarts };
}

/** Builds the shared inputs for one dataset. */
export function coreInputs(
  base: BaseDesign,
  spendCols: number[][],
  settings: FitSettings,
  liftTests: LiftTest[] = [],
): CoreInputs {
  const n = base.columns[0]?.length ?? 0;
  const spends = spendCols.map((s) => Float64Array.from(s));
  const layout = makeLayout(n, base.columns.length + spends.length, settings.holdoutShare);
  const totals = spends.map((s) => s.subarray(0, layout.trainEnd).reduce((a, b) => a + b, 0));
  const all = totals.reduce((a, b) => a + b, 0) || 1;
  return {
    base,
    spends,
    scales: spends.map((s) => spendScale(s)),
    spendShares: totals.map((t) => t / all),
    layout,
    settings,
    liftTests,
  };
}

/** The search context (projection problem and settings) of KPI series `y`. */
export function coreContext(
  inputs: CoreInputs,
  y: Float64Array,
  roiPrior?: RoiPrior,
  calibration?: Calibration,
): SearchContext {
  const problem = new ProjectionProblem(
    y,
    inputs.base,
    inputs.spends.length,
    inputs.layout,
    inputs.spendShares,
    inputs.spends,
  );
  problem.roiPrior = roiPrior;
  problem.calibration = calibration;
  return {
    problem,
    spends: inputs.spends,
    scales: inputs.scales,
    maxLag: inputs.settings.maxLag,
    family: inputs.settings.adstock,
    rssdWeight: inputs.settings.rssdWeight,
    priorWeight: inputs.settings.priorWeight,
    cvWeight: inputs.settings.cvWeight,
  };
}

/**
 * A preliminary fit at moderate transforms (the saturation prior's centre, carryover 0.3): its
 * residual variance per period and its pooled ROI, the scale of the ROI prior and of lift tests.
 */
export function preliminaryFit(ctx: SearchContext): { sigma2: number; roi: number } {
  const pr = ctx.problem;
  const params = ctx.spends.map(
    (): MediaParams => ({
      family: 'geometric',
      carry: 1 / 3,
      delay: 0.5,
      alpha: PRIOR_ALPHA,
      gamma: PRIOR_GAMMA,
    }),
  );
  loadCandidate(ctx, { params, penalty: 0.5 });
  const seg = pr.allSegment;
  const coef = pr.solvePrefix(seg, toLambda(0.5));
  let sse = 0;
  for (let s = 0; s < seg; s++) sse += pr.segmentSse(s, coef);
  let effect = 0;
  let spend = 0;
  ctx.spends.forEach((x, j) => {
    effect += (coef[pr.pb + j] as number) * pr.columnSum(pr.pb + j, seg);
    spend += x.reduce((a, b) => a + b, 0);
  });
  return {
    sigma2: sse / Math.max(1, pr.layout.n - pr.p),
    roi: spend > 0 ? effect / spend : 0,
  };
}

/**
 * The ROI prior of a preliminary fit; none when media explain nothing there (a pooled ROI of
 * zero would force every channel's ROI to zero).
 */
export function roiPriorOf(
  pre: { sigma2: number; roi: number },
  spread: number,
): RoiPrior | undefined {
  return spread > 0 && pre.roi > 0 && pre.sigma2 > 0 ? { ...pre, spread } : undefined;
}

function finish(
  ctx: SearchContext,
  best: Candidate,
  samples: Sample[] = [],
  nEff = Number.NaN,
): CoreFit {
  const lambda = toLambda(best.penalty);
  const coefTrain = ctx.problem.solvePrefix(ctx.problem.trainSegment, lambda);
  const coef = ctx.problem.solvePrefix(ctx.problem.allSegment, lambda);
  return {
    params: best.params,
    lambda,
    penalty: best.penalty,
    score: best.score,
    coef,
    coefTrain,
    columns: [...ctx.problem.columns],
    samples,
    nEff,
    roiPrior: ctx.problem.roiPrior,
    calibration: ctx.problem.calibration,
  };
}

/**
 * Evaluations the near-best sampler may spend: one evaluation costs about n·(p + maxLag)
 * operations, and the budget keeps the sampling to a few hundred milliseconds on a 200-week, 10-channel problem.
 */
function sampleBudget(ctx: SearchContext): number {
  const work = ctx.problem.layout.n * (ctx.problem.p + ctx.maxLag);
  return Math.round(Math.min(10_000, Math.max(1_500, 3e7 / work)));
}

/**
 * Sweeps beyond this add little: the medoid and the interval pool settle after a few hundred
 * states, so small problems stop there instead of spending their whole budget.
 */
const MAX_SWEEPS = 800;

/** Training periods discounted for lag-1 autocorrelation of the residuals of the loaded fit. */
export function effectivePeriods(ctx: SearchContext, penalty: number): number {
  const pr = ctx.problem;
  const coef = pr.solvePrefix(pr.trainSegment, toLambda(penalty));
  const n = pr.layout.trainEnd;
  const r = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let v = pr.y[t] as number;
    for (let i = 0; i < pr.p; i++)
      v -= ((pr.columns[i] as Float64Array)[t] as number) * (coef[i] as number);
    r[t] = v;
  }
  let num = 0;
  let den = 0;
  for (let t = 0; t < n; t++) {
    den += (r[t] as number) ** 2;
    if (t > 0) num += (r[t] as number) * (r[t - 1] as number);
  }
  const rho = Math.min(0.9, Math.max(0, den > 0 ? num / den : 0));
  return (n * (1 - rho)) / (1 + rho);
}

/** The full seeded global search on KPI series `y`. */
export function fitCore(inputs: CoreInputs, y: Float64Array, rng: Rng): CoreFit {
  const ctx = coreContext(inputs, y);
  const calibrated = inputs.liftTests.length > 0;
  // Only when needed: the preliminary solve would move the solver's warm starts.
  if (inputs.settings.roiSpread > 0 || calibrated) {
    const pre = preliminaryFit(ctx);
    ctx.problem.roiPrior = roiPriorOf(pre, inputs.settings.roiSpread);
    if (calibrated) ctx.problem.calibration = { sigma2: pre.sigma2, tests: inputs.liftTests };
  }
  const best = globalSearch(ctx, rng, inputs.settings.starts);
  const nEff = effectivePeriods(ctx, best.penalty);
  const budget = inputs.settings.sampleEvaluations ?? sampleBudget(ctx);
  if (budget <= 0) return finish(ctx, best, [], nEff);
  const coords = best.params.reduce((a, p) => a + (p.family === 'weibull' ? 4 : 3), 1);
  const total = Math.min(MAX_SWEEPS, Math.max(20, Math.round(budget / coords)));
  const burn = Math.round(0.4 * total);
  const samples = sampleNearBest(ctx, best, rng, { nEff, sweeps: total - burn, burn });
  const centre = medoid(samples) ?? best;
  const chosen = { params: centre.params, penalty: centre.penalty };
  return finish(ctx, { ...chosen, score: loadCandidate(ctx, chosen) }, samples, nEff);
}
