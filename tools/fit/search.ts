import type { Rng } from '../model/random';
import { type MediaParams, mediaColumn } from './media-params';
import type { ProjectionProblem } from './projection-problem';

/** One point of the search: nonlinear parameters per channel plus the ridge penalty. */
export interface Candidate {
  params: MediaParams[];
  /** Penalty position in [0, 1] on a log scale between LAMBDA_MIN and LAMBDA_MAX. */
  penalty: number;
  score: number;
}

export interface SearchContext {
  problem: ProjectionProblem;
  spends: Float64Array[];
  scales: number[];
  maxLag: number;
  family: 'geometric' | 'weibull' | 'auto';
  rssdWeight: number;
  /** Weight of rolling-origin error against in-sample error in the score. */
  cvWeight: number;
  /** Weight of the soft prior that keeps saturation moderate unless the data insist. */
  priorWeight: number;
  params?: MediaParams[];
}

const LAMBDA_MIN = 1e-4;
const LAMBDA_MAX = 0.3;

/** Ridge penalty (relative to the column's own sum of squares) at search position u. */
export function toLambda(u: number): number {
  return LAMBDA_MIN * (LAMBDA_MAX / LAMBDA_MIN) ** u;
}

const COORDS = ['carry', 'delay', 'alpha', 'gamma'] as const;
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** Loads channel j's media column for parameters `p`. */
export function setChannel(ctx: SearchContext, j: number, p: MediaParams): void {
  ctx.problem.setMedia(
    j,
    mediaColumn(ctx.spends[j] as Float64Array, p, ctx.maxLag, ctx.scales[j] as number),
  );
}

/** Centre of the saturation prior: half-saturation near the mean spend, Hill exponent 1.25. */
export const PRIOR_GAMMA = 0.6;
export const PRIOR_ALPHA = 0.3;

/** Mean squared distance of the saturation parameters from a moderate curve. */
export function priorDistance(params: MediaParams[]): number {
  let d = 0;
  for (const p of params) d += (p.gamma - PRIOR_GAMMA) ** 2 + (p.alpha - PRIOR_ALPHA) ** 2;
  return d / Math.max(1, params.length);
}

/** Selection score of the loaded media columns (which must match `params`) at `penalty`. */
export function scoreParams(ctx: SearchContext, penalty: number, params: MediaParams[]): number {
  const e = ctx.problem.evaluate(toLambda(penalty));
  return (
    ctx.cvWeight * e.cv +
    (1 - ctx.cvWeight) * e.fit +
    ctx.rssdWeight * e.rssd +
    ctx.priorWeight * priorDistance(params)
  );
}

function swap(params: MediaParams[], j: number, p: MediaParams): MediaParams[] {
  const out = [...params];
  out[j] = p;
  return out;
}

/** Loads a candidate's media columns into the problem and returns its score. */
export function loadCandidate(ctx: SearchContext, c: Omit<Candidate, 'score'>): number {
  c.params.forEach((p, j) => {
    setChannel(ctx, j, p);
  });
  return scoreParams(ctx, c.penalty, c.params);
}

/** Seeded Latin-hypercube sample of `count` starting candidates, scored. */
export function latinHypercube(ctx: SearchContext, rng: Rng, count: number): Candidate[] {
  const k = ctx.spends.length;
  const dims = 4 * k + 2;
  const strata = Array.from({ length: dims }, () => {
    const perm = Array.from({ length: count }, (_, i) => i);
    for (let i = count - 1; i > 0; i--) {
      const r = rng.int(i + 1);
      [perm[i], perm[r]] = [perm[r] as number, perm[i] as number];
    }
    return perm;
  });
  const at = (d: number, i: number) =>
    (((strata[d] as number[])[i] as number) + rng.next()) / count;
  const out: Candidate[] = [];
  for (let i = 0; i < count; i++) {
    const params = Array.from({ length: k }, (_, j): MediaParams => {
      const family =
        ctx.family === 'auto' ? (rng.next() < 0.5 ? 'geometric' : 'weibull') : ctx.family;
      return {
        family,
        carry: at(4 * j, i),
        delay: at(4 * j + 1, i),
        alpha: at(4 * j + 2, i),
        gamma: at(4 * j + 3, i),
      };
    });
    const penalty = at(4 * k, i);
    out.push({ params, penalty, score: loadCandidate(ctx, { params, penalty }) });
  }
  return out;
}

/**
 * Cyclic coordinate pattern search from a candidate: one channel's parameter at a time (so only
 * one media column changes per trial), then the penalty, with halving steps. Mutates nothing the
 * caller holds; returns the improved candidate with the problem loaded at it.
 */
export function refine(ctx: SearchContext, start: Candidate, steps: number[]): Candidate {
  const params = start.params.map((p) => ({ ...p }));
  let penalty = start.penalty;
  let best = loadCandidate(ctx, { params, penalty });
  for (const step of steps) {
    for (let j = 0; j < params.length; j++) {
      const current = params[j] as MediaParams;
      if (ctx.family === 'auto' && step === steps[0]) {
        const other: MediaParams = {
          ...current,
          family: current.family === 'geometric' ? 'weibull' : 'geometric',
        };
        setChannel(ctx, j, other);
        const s = scoreParams(ctx, penalty, swap(params, j, other));
        if (s < best) {
          best = s;
          params[j] = other;
        } else setChannel(ctx, j, current);
      }
      for (const coord of COORDS) {
        const p = params[j] as MediaParams;
        if (coord === 'delay' && p.family === 'geometric') continue;
        for (const dir of [1, -1]) {
          const v = clamp01(p[coord] + dir * step);
          if (v === p[coord]) continue;
          const trial = { ...p, [coord]: v };
          setChannel(ctx, j, trial);
          const s = scoreParams(ctx, penalty, swap(params, j, trial));
          if (s < best) {
            best = s;
            params[j] = trial;
            break;
          }
          setChannel(ctx, j, p);
        }
      }
    }
    for (const dir of [1, -1]) {
      const v = clamp01(penalty + dir * step);
      const s = scoreParams(ctx, v, params);
      if (s < best) {
        best = s;
        penalty = v;
        break;
      }
    }
  }
  return { params, penalty, score: loadCandidate(ctx, { params, penalty }) };
}

/** Global search: Latin-hypercube starts, then refinement of the best few; the best wins. */
export function globalSearch(ctx: SearchContext, rng: Rng, starts: number): Candidate {
  const pool = latinHypercube(ctx, rng, starts).sort((a, b) => a.score - b.score);
  let best: Candidate | undefined;
  for (const c of pool.slice(0, 3)) {
    const r = refine(ctx, c, [0.2, 0.1, 0.05, 0.025]);
    if (!best || r.score < best.score) best = r;
  }
  loadCandidate(ctx, best as Candidate);
  return best as Candidate;
}
