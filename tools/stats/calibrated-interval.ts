import type { Frequency } from '../data/dataset-types';
import type { Interval } from '../model/model-types';
import { quantile } from './quantile';

/** A scale per frequency from its weekly and daily values: monthly data take the weekly one. */
function byFrequency(weekly: number, daily: number): Record<Frequency, number> {
  return { daily, weekly, monthly: weekly };
}

/**
 * Widening of the posterior draws' spread for what they cannot see: the bias of a regularised,
 * possibly misspecified fit (true curves need not be Hill, true carryover need not be geometric
 * or Weibull). Derived, not tuned: for each frequency, the smallest scale at which the 80%
 * interval holds the true contribution 80% of the time on the tuning worlds (seeds 1000-1029 of
 * the five simulator scenarios in bench/scenarios.ts; `npx tsx bench/calibrate-intervals.ts`).
 * Daily data need more (1.69 against 1.23): five times the periods shrink the draws' spread, not
 * the bias. Monthly data take the weekly scale. Held-out seeds are reported by
 * `npm run bench -- fit`, not used.
 */
export const INTERVAL_SCALE = byFrequency(1.23, 1.69);

/**
 * The same widening for a predicted change between two spend plans (what-if, the optimizer's
 * gain), derived the same way on the same tuning worlds from four plan changes in each (the
 * optimizer's split of today's budget, 20% of the biggest channel moved to the smallest, the
 * second-biggest halved, 20% more on everything) scored against the simulator's true curves
 * (`npx tsx bench/calibrate-change-intervals.ts`). A change needs more than a contribution: it
 * reads the curves away from where the data sit. Held-out seeds: `npm run bench -- change`.
 */
export const CHANGE_INTERVAL_SCALE = byFrequency(1.59, 2.15);

/**
 * The same widening for a channel's next-dollar ROI at its recent run-rate (each draw's curve
 * read at that spend), derived on the same tuning worlds against the simulator's true curves
 * (`npx tsx bench/calibrate-intervals.ts`). A slope is read off the data less surely than the
 * level: the draws' spread misses more of the truth (weekly 1.47 against 1.23 for contributions).
 * Held-out coverage: `npm run bench -- fit`.
 */
export const MROI_INTERVAL_SCALE = byFrequency(1.47, 2.47);

/**
 * The same widening for the share of a channel's effect that lands after the period of spend
 * (the draws' adstock), derived on the same tuning worlds against the true adstock. The 95%
 * interval is short of 95% on daily data (it would need 3.7 there): a few daily channels' draws
 * all sit on one side of a carryover they cannot see.
 */
export const CARRYOVER_INTERVAL_SCALE = byFrequency(1.45, 2.06);

/**
 * The same widening for a control's or event's effect per unit (price, a promotion week), derived
 * on the same tuning worlds against the simulator's true price and promotion effects (193 of
 * them). The draws' own spread is nearly right here (weekly 1.06, daily 1.07): a baseline
 * coefficient is a plain linear term, with no curve to misjudge. The 95% interval would need
 * 1.24-1.31, so it holds the truth somewhat less than 95% of the time.
 */
export const DRIVER_INTERVAL_SCALE = byFrequency(1.06, 1.07);

/**
 * Intervals at the given levels from posterior draws: the draws' quantiles, their distance from
 * the draws' median widened by the frequency's scale, stretched to contain the point estimate
 * (which can sit off the draws' median when a bound truncates them), never below `floor` nor
 * above `ceiling` (a sign the model guarantees, which the widening must not cross).
 */
export function calibratedIntervals(
  point: number,
  draws: number[],
  frequency: Frequency,
  options: {
    levels?: number[];
    floor?: number;
    ceiling?: number;
    /** The widening per frequency: INTERVAL_SCALE (contributions) unless said. */
    scales?: Record<Frequency, number>;
  } = {},
): Interval[] {
  if (draws.length < 2) return [];
  const scale = (options.scales ?? INTERVAL_SCALE)[frequency];
  const sorted = [...draws].sort((a, b) => a - b);
  const mid = quantile(sorted, 0.5);
  const floor = options.floor ?? Number.NEGATIVE_INFINITY;
  const ceiling = options.ceiling ?? Number.POSITIVE_INFINITY;
  const clip = (v: number) => Math.min(ceiling, Math.max(floor, v));
  return (options.levels ?? [0.8, 0.95]).map((level) => {
    const a = (1 - level) / 2;
    const low = Math.min(point, mid) + scale * (quantile(sorted, a) - mid);
    const high = Math.max(point, mid) + scale * (quantile(sorted, 1 - a) - mid);
    return { level, low: clip(low), high: clip(high) };
  });
}
