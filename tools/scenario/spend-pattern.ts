import type { Frequency } from '../data/dataset-types';

/**
 * How a channel's horizon total is laid out over the horizon's periods: `historical` (the
 * default) in the shape of its recent data, its bursts and pauses kept; `even` spread evenly over
 * every period, always-on (continuity instead of flighting); `bursts` in regular bursts, on for
 * a burst's length, then off as long (flighting, pulsing), the total shared by the periods on.
 */
export type Layout = 'even' | 'historical' | 'bursts';

/**
 * Periods a burst lasts, and the pause after it, when none is stated: two weeks on, two off
 * (fourteen days for daily data; alternate months for monthly), the common TV flighting cadence.
 */
export function burstLength(frequency: Frequency): number {
  return frequency === 'daily' ? 14 : frequency === 'weekly' ? 2 : 1;
}

/** Whether horizon period `i` is on in a `bursts` layout of bursts `burst` periods long. */
export function burstOn(i: number, burst: number): boolean {
  return Math.floor(i / burst) % 2 === 0;
}

/** Bursts of a stated length: `burst` periods on, then as many off. */
export interface BurstLayout {
  layout: 'bursts';
  burst: number;
}

/** A channel's layout as asked: a layout by name (bursts at the data's usual cadence), or bursts of a stated length. */
export type LayoutChoice = Layout | BurstLayout;

/**
 * A layout per channel; a channel it does not name keeps its historical layout. As resolved
 * (`resolveFlighting`), every bursts layout carries its length; a bare `'bursts'` left unresolved
 * makes `spendPattern` throw rather than guess a cadence.
 */
export type Flighting = Readonly<Record<string, LayoutChoice>>;

/** The layout `flighting` gives a channel. */
export function layoutOf(flighting: Flighting, channel: string): Layout {
  if (!Object.hasOwn(flighting, channel)) return 'historical';
  const choice = flighting[channel] as LayoutChoice;
  return typeof choice === 'string' ? choice : choice.layout;
}

/** The length of a channel's bursts in `flighting` (periods on, then as many off), if stated. */
export function burstOf(flighting: Flighting, channel: string): number | undefined {
  const choice = Object.hasOwn(flighting, channel) ? flighting[channel] : undefined;
  return typeof choice === 'object' ? choice.burst : undefined;
}

/** Whether two flightings lay a channel out alike (the same layout, bursts of the same length). */
export function sameLayout(a: Flighting, b: Flighting, channel: string): boolean {
  return (
    layoutOf(a, channel) === layoutOf(b, channel) && burstOf(a, channel) === burstOf(b, channel)
  );
}

/** `spendPattern` of a channel laid out as `flighting` says. */
export function channelPattern(
  flighting: Flighting,
  channel: string,
  history: ArrayLike<number>,
  periods: number,
): Float64Array {
  return spendPattern(history, periods, layoutOf(flighting, channel), burstOf(flighting, channel));
}

/**
 * A channel's share of its horizon total in each period, summing to 1: the one place that decides
 * how a plan lays spend out. `historical`: the shape of its last horizon-length window of data,
 * scaled to the plan's total (as Meridian's optimizer scales historical flighting), so TV off in
 * 85 of 156 weeks is not planned as a steady level it never ran at; even when the data are
 * shorter than the horizon or the channel spent nothing in the window. `even`: 1 / periods each.
 * `bursts`: the periods on (`burstOn`, bursts `burst` periods long, the first period on) share
 * it equally.
 */
export function spendPattern(
  history: ArrayLike<number>,
  periods: number,
  layout: Layout = 'historical',
  burst?: number,
): Float64Array {
  const pattern = new Float64Array(periods);
  if (layout === 'bursts') {
    if (!(burst !== undefined && burst >= 1))
      throw new Error('a bursts layout needs its burst length');
    for (let i = 0; i < periods; i++) pattern[i] = burstOn(i, burst) ? 1 : 0;
    const on = pattern.reduce((a, b) => a + b, 0);
    return pattern.map((v) => v / on);
  }
  let sum = 0;
  if (layout === 'historical' && history.length >= periods) {
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
