import type { Rng } from '../model/random';
import type { MediaParams } from './media-params';
import {
  type Candidate,
  loadCandidate,
  type SearchContext,
  scoreParams,
  setChannel,
  toLambda,
} from './search';

/** One state the sampler visited, with the channel contributions of its full-window fit. */
export interface Sample {
  params: MediaParams[];
  penalty: number;
  score: number;
  contributions: number[];
}

export interface SamplerOptions {
  /** Effective number of independent periods: the likelihood's weight (fewer when residuals persist). */
  nEff: number;
  /** Sweeps over every coordinate after burn-in. */
  sweeps: number;
  burn: number;
}

const COORDS = ['carry', 'delay', 'alpha', 'gamma'] as const;
type Coord = (typeof COORDS)[number];

/**
 * Explores the near-optimal region around the search's best point by Metropolis-within-Gibbs on
 * the search coordinates, with target exp(−nEff · ln score): the selection score read as a
 * root-mean-square error, so the temperature is set by the data (periods and residual
 * persistence), not tuned. Flat directions of the score (credit that trades between a channel's
 * saturation and the baseline, or between correlated channels) are spread over instead of being
 * decided by search luck; the samples carry that model-selection uncertainty into the point
 * estimate (their medoid) and the intervals. Step sizes adapt during burn-in only.
 */
export function sampleNearBest(
  ctx: SearchContext,
  best: Candidate,
  rng: Rng,
  options: SamplerOptions,
): Sample[] {
  const params = best.params.map((p) => ({ ...p }));
  let penalty = best.penalty;
  let energy = options.nEff * Math.log(loadCandidate(ctx, { params, penalty }));
  let score = Math.exp(energy / options.nEff);
  const k = params.length;
  const step = Array.from({ length: k }, () => ({
    carry: 0.1,
    delay: 0.1,
    alpha: 0.1,
    gamma: 0.1,
  }));
  let penaltyStep = 0.1;
  const out: Sample[] = [];
  const total = options.burn + options.sweeps;
  const history: number[][][] = Array.from({ length: k }, () => []);
  let blocks: BlockProposal[] = [];
  for (let sweep = 0; sweep < total; sweep++) {
    const adapting = sweep < options.burn;
    if (sweep === options.burn) blocks = history.map((h) => blockProposal(h));
    for (let j = 0; j < k; j++) {
      const p = params[j] as MediaParams;
      const coords = COORDS.filter((c) => c !== 'delay' || p.family === 'weibull');
      const proposals: MediaParams[] = [];
      if (adapting) {
        const s = step[j] as Record<Coord, number>;
        for (const coord of coords)
          proposals.push({ ...p, [coord]: p[coord] + s[coord] * rng.normal() });
      } else {
        const b = blocks[j] as BlockProposal;
        const z = coords.map(() => rng.normal());
        const trial = { ...p };
        coords.forEach((coord, a) => {
          let d = 0;
          for (let c = 0; c <= a; c++) d += (b.chol[a * b.d + c] as number) * (z[c] as number);
          trial[coord] = p[coord] + d;
        });
        proposals.push(trial);
      }
      proposals.forEach((trial, idx) => {
        const current = params[j] as MediaParams;
        const inside = coords.every((c) => trial[c] >= 0 && trial[c] <= 1);
        let accepted = false;
        if (inside) {
          const moved = adapting
            ? { ...current, [coords[idx] as Coord]: trial[coords[idx] as Coord] }
            : trial;
          params[j] = moved;
          setChannel(ctx, j, moved);
          const trialScore = scoreParams(ctx, penalty, params);
          const trialEnergy = options.nEff * Math.log(trialScore);
          if (Math.log(rng.next()) < energy - trialEnergy) {
            energy = trialEnergy;
            score = trialScore;
            accepted = true;
          } else {
            params[j] = current;
            setChannel(ctx, j, current);
          }
        }
        if (adapting) {
          const s = step[j] as Record<Coord, number>;
          const coord = coords[idx] as Coord;
          s[coord] = Math.min(0.5, Math.max(0.005, s[coord] * (accepted ? 1.1 : 0.93)));
        }
      });
      if (adapting && sweep >= options.burn / 2) {
        const now = params[j] as MediaParams;
        (history[j] as number[][]).push(coords.map((c) => now[c]));
      }
    }
    const v = penalty + penaltyStep * rng.normal();
    if (v >= 0 && v <= 1) {
      const trialScore = scoreParams(ctx, v, params);
      const trialEnergy = options.nEff * Math.log(trialScore);
      const ok = Math.log(rng.next()) < energy - trialEnergy;
      if (ok) {
        energy = trialEnergy;
        score = trialScore;
        penalty = v;
      }
      if (adapting) penaltyStep = Math.min(0.5, Math.max(0.01, penaltyStep * (ok ? 1.1 : 0.93)));
    }
    if (!adapting) {
      out.push({
        params: params.map((p) => ({ ...p })),
        penalty,
        score,
        contributions: contributionsAt(ctx, penalty),
      });
    }
  }
  return out;
}

interface BlockProposal {
  d: number;
  /** Lower-triangular Cholesky factor of the scaled proposal covariance (row-major d×d). */
  chol: Float64Array;
}

/**
 * Adaptive-Metropolis proposal for one channel's coordinates: the covariance of its burn-in
 * states scaled by 2.38²/d (Haario et al.), so moves follow ridges such as the trade between
 * the Hill exponent and the half-saturation point instead of crossing them one axis at a time.
 */
function blockProposal(states: number[][]): BlockProposal {
  const d = states[0]?.length ?? 1;
  const m = states.length;
  const mean = new Array<number>(d).fill(0);
  for (const s of states)
    for (let a = 0; a < d; a++) mean[a] = (mean[a] as number) + (s[a] as number) / m;
  const cov = new Float64Array(d * d);
  const scale = (2.38 * 2.38) / d;
  for (let a = 0; a < d; a++) {
    for (let b = 0; b < d; b++) {
      let c = 0;
      for (const s of states)
        c += ((s[a] as number) - (mean[a] as number)) * ((s[b] as number) - (mean[b] as number));
      cov[a * d + b] = scale * (m > 1 ? c / (m - 1) : 0) + (a === b ? 1e-4 : 0);
    }
  }
  const chol = new Float64Array(d * d);
  for (let a = 0; a < d; a++) {
    for (let b = 0; b <= a; b++) {
      let v = cov[a * d + b] as number;
      for (let c = 0; c < b; c++) v -= (chol[a * d + c] as number) * (chol[b * d + c] as number);
      chol[a * d + b] = a === b ? Math.sqrt(Math.max(v, 1e-8)) : v / (chol[b * d + b] as number);
    }
  }
  return { d, chol };
}

/** Channel contributions of the full-window fit of the currently loaded media columns. */
export function contributionsAt(ctx: SearchContext, penalty: number): number[] {
  const pr = ctx.problem;
  const coef = pr.solvePrefix(pr.allSegment, toLambda(penalty));
  return Array.from(
    { length: pr.pm },
    (_, j) => (coef[pr.pb + j] as number) * pr.columnSum(pr.pb + j, pr.allSegment),
  );
}

/**
 * The sample whose contributions are closest (relative to `scaleTotal`) to the mean of all
 * samples: a real, internally consistent model at the centre of the near-optimal region.
 */
export function medoid(samples: Sample[]): Sample | undefined {
  if (samples.length === 0) return undefined;
  const k = samples[0]?.contributions.length ?? 0;
  const mean = new Array<number>(k).fill(0);
  for (const s of samples)
    for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) + (s.contributions[j] as number);
  for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) / samples.length;
  let best = samples[0];
  let bestD = Number.POSITIVE_INFINITY;
  for (const s of samples) {
    let d = 0;
    for (let j = 0; j < k; j++) d += ((s.contributions[j] as number) - (mean[j] as number)) ** 2;
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  return best;
}
