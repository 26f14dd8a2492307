import type { Frequency } from '../data/dataset-types';

/**
 * How a channel's horizon total is laid out over the horizon's periods: `historical` (the
 * default) in the shape of its recent data, its bursts and pauses kept; `even` spread evenly over
 * every period, always-on (continuity instead of flighting); `bursts` in regular bursts, on for
 * a burst's length, then off for a pause (as long, unless stated), the total shared by the
 * periods on (flighting, pulsing).
 */
export type Layout = 'even' | 'historical' | 'bursts';

/**
 * Periods a burst lasts, and the pause after it, when none is stated: two weeks on, two off
 * (fourteen days for daily data; alternate months for monthly), the common TV flighting cadence.
 */
export function burstLength(frequency: Frequency): number {
  return frequency === 'daily' ? 14 : frequency === 'weekly' ? 2 : 1;
}

/** Whether horizon period `i` is on in bursts `burst` periods long with pauses `off` periods long. */
export function burstOn(i: number, burst: number, off: number = burst): boolean {
  return i % (burst + off) < burst;
}

/**
 * Bursts of a stated cadence: `burst` periods on, then `off` periods off (as many as on when
 * `off` is not given: "4 weeks on, 4 off"; "3 weeks on, 1 off" gives both).
 */
export interface BurstLayout {
  layout: 'bursts';
  burst: number;
  off?: number;
}

/** A channel's layout as asked: a layout by name (bursts at the data's usual cadence), or bursts of a stated cadence. */
export type LayoutChoice = Layout | BurstLayout;

/**
 * A layout per channel; a channel it does not name keeps its historical layout. As resolved
 * (`resolveFlighting`), every bursts layout carries its cadence; a bare `'bursts'` left
 * unresolved makes `spendPattern` throw rather than guess one.
 */
export type Flighting = Readonly<Record<string, LayoutChoice>>;

/** The layout `flighting` gives a channel, with its cadence when it states one. */
export function choiceOf(flighting: Flighting, channel: string): LayoutChoice {
  return Object.hasOwn(flighting, channel) ? (flighting[channel] as LayoutChoice) : 'historical';
}

/** The layout `flighting` gives a channel, by name. */
export function layoutOf(flighting: Flighting, channel: string): Layout {
  const choice = choiceOf(flighting, channel);
  return typeof choice === 'string' ? choice : choice.layout;
}

/** A choice's bursts cadence (periods on, periods off), if it states one. */
export function cadenceOf(choice: LayoutChoice): { burst: number; off: number } | undefined {
  return typeof choice === 'object'
    ? { burst: choice.burst, off: choice.off ?? choice.burst }
    : undefined;
}

/** A key that two choices share exactly when they lay spend out alike: 'even', 'bursts 4/2'. */
export function choiceKey(choice: LayoutChoice): string {
  const cadence = cadenceOf(choice);
  return cadence ? `bursts ${cadence.burst}/${cadence.off}` : (choice as Layout);
}

/** Whether two flightings lay a channel out alike (the same layout, bursts of the same cadence). */
export function sameLayout(a: Flighting, b: Flighting, channel: string): boolean {
  return choiceKey(choiceOf(a, channel)) === choiceKey(choiceOf(b, channel));
}

/** `spendPattern` of a channel laid out as `flighting` says. */
export function channelPattern(
  flighting: Flighting,
  channel: string,
  history: ArrayLike<number>,
  periods: number,
): Float64Array {
  return spendPattern(history, periods, choiceOf(flighting, channel));
}

/**
 * A channel's share of its horizon total in each period, summing to 1: the one place that decides
 * how a plan lays spend out. `historical`: the shape of its last horizon-length window of data,
 * scaled to the plan's total (as Meridian's optimizer scales historical flighting), so TV off in
 * 85 of 156 weeks is not planned as a steady level it never ran at; even when the data are
 * shorter than the horizon or the channel spent nothing in the window. `even`: 1 / periods each.
 * Bursts: the periods on (`burstOn`, the first period on) share it equally.
 */
export function spendPattern(
  history: ArrayLike<number>,
  periods: number,
  choice: LayoutChoice = 'historical',
): Float64Array {
  const pattern = new Float64Array(periods);
  if (choice === 'bursts') throw new Error('a bursts layout needs its burst length');
  const cadence = cadenceOf(choice);
  if (cadence) {
    const { burst, off } = cadence;
    if (!(burst >= 1 && off >= 1)) throw new Error('a bursts layout needs its burst length');
    for (let i = 0; i < periods; i++) pattern[i] = burstOn(i, burst, off) ? 1 : 0;
    const on = pattern.reduce((a, b) => a + b, 0);
    return pattern.map((v) => v / on);
  }
  let sum = 0;
  if (choice === 'historical' && history.length >= periods) {
    for (let i = 0; i < periods; i++) {
      const v = history[history.length - periods + i] as number;
      pattern[i] = v;
      sum += v;
    }
  }
  if (!(sum > 0)) return pattern.fill(1 / periods);
  for (let i = 0; i < periods; i++) pattern[i] = (pattern[i] as number) / sum;
  return pattern;
}
