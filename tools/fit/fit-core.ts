import type { Rng } from '../model/random';
import type { BaseDesign } from './baseline-design';
import type { FitSettings } from './fit-options';
import { type MediaParams, spendScale } from './media-params';
import { type ProblemLayout, ProjectionProblem } from './projection-problem';
import { type Candidate, globalSearch, refine, type SearchContext, toLambda } from './search';

/** Inputs shared by the main fit and every bootstrap refit. */
export interface CoreInputs {
  base: BaseDesign;
  spends: Float64Array[];
  scales: number[];
  spendShares: number[];
  layout: ProblemLayout;
  settings: FitSettings;
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
  };
}

function context(inputs: CoreInputs, y: Float64Array): SearchContext {
  return {
    problem: new ProjectionProblem(
      y,
      inputs.base,
      inputs.spends.length,
      inputs.layout,
      inputs.spendShares,
    ),
    spends: inputs.spends,
    scales: inputs.scales,
    maxLag: inputs.settings.maxLag,
    family: inputs.settings.adstock,
    rssdWeight: inputs.settings.rssdWeight,
    priorWeight: inputs.settings.priorWeight,
    cvWeight: inputs.settings.cvWeight,
  };
}

function finish(ctx: SearchContext, best: Candidate): CoreFit {
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
  };
}

/** The full seeded global search on KPI series `y`. */
export function fitCore(inputs: CoreInputs, y: Float64Array, rng: Rng): CoreFit {
  const ctx = context(inputs, y);
  return finish(ctx, globalSearch(ctx, rng, inputs.settings.starts));
}

/** A local refit warm-started at an earlier solution (used by bootstrap replicates). */
export function refitCore(
  inputs: CoreInputs,
  y: Float64Array,
  from: CoreFit,
  steps: number[],
): CoreFit {
  const ctx = context(inputs, y);
  const start: Candidate = {
    params: from.params,
    penalty: from.penalty,
    score: Number.POSITIVE_INFINITY,
  };
  return finish(ctx, refine(ctx, start, steps));
}
