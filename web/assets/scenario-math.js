/**
 * Pure helpers behind the scenario sliders: slider ranges, plan totals, the shape of a
 * what-if result's interval and the note on channels spread evenly.
 */

import { niceNumber } from './charts.js';

/**
 * Slider bounds for one channel: 0 to 3× its reference spend, in round steps of about 0.5% of
 * the range. A channel with no reference spend gets 3× the average of the others.
 * @param {number} reference
 * @param {number[]} allReferences
 * @returns {{ min: number, max: number, step: number }}
 */
export function sliderRange(reference, allReferences) {
  const positive = allReferences.filter((v) => v > 0);
  const fallback = positive.length ? positive.reduce((a, b) => a + b, 0) / positive.length : 1000;
  const base = reference > 0 ? reference : fallback;
  const step = Math.max(1, niceNumber((3 * base) / 200, true));
  return { min: 0, max: Math.ceil((3 * base) / step - 1e-9) * step, step };
}

/**
 * Total spend of a plan.
 * @param {Record<string, number>} plan
 * @returns {number}
 */
export function totalSpend(plan) {
  return Object.values(plan).reduce((sum, v) => sum + (Number.isFinite(v) ? v : 0), 0);
}

/**
 * How a plan's total compares with the reference plan.
 * @param {Record<string, number>} reference
 * @param {Record<string, number>} allocation
 * @returns {{ reference: number, scenario: number, change: number, pct: number }}
 */
export function compareTotals(reference, allocation) {
  const ref = totalSpend(reference);
  const scen = totalSpend(allocation);
  return { reference: ref, scenario: scen, change: scen - ref, pct: ref > 0 ? scen / ref - 1 : 0 };
}

/**
 * Reads an interval given as `{ low, high, level? }` or `[low, high]`; undefined otherwise.
 * @param {unknown} value
 * @returns {{ low: number, high: number, level?: number } | undefined}
 */
export function readInterval(value) {
  if (Array.isArray(value) && value.length === 2) {
    const [low, high] = value;
    if (typeof low === 'number' && typeof high === 'number') return { low, high };
    return undefined;
  }
  if (value && typeof value === 'object') {
    const v = /** @type {{ low?: unknown, high?: unknown, level?: unknown }} */ (value);
    if (typeof v.low === 'number' && typeof v.high === 'number') {
      return typeof v.level === 'number'
        ? { low: v.low, high: v.high, level: v.level }
        : { low: v.low, high: v.high };
    }
  }
  return undefined;
}

/**
 * Channel order for the sliders: the reference plan's channels, then any extra in the scenario.
 * @param {Record<string, number>} reference
 * @param {Record<string, number>} scenario
 * @returns {string[]}
 */
export function channelOrder(reference, scenario) {
  return [...new Set([...Object.keys(reference), ...Object.keys(scenario)])];
}

/**
 * The note under the card's title when the scenario lays channels out anew, or '' when none:
 * "Spread evenly over every week (always-on) instead of in recent bursts: TV, Radio." and
 * "Run in regular bursts (on, then off as long) instead of as it ran recently: Search."
 * @param {import('./types.js').Flighting | undefined} flighting
 * @param {string} unit the horizon's unit ("week")
 * @param {(channel: string) => string} label
 * @returns {string}
 */
export function layoutNote(flighting, unit, label) {
  const one = unit.replace(/s$/, '');
  /** The note's words for a channel's layout, or '' for its recent shape. */
  const words = (/** @type {string} */ c) => {
    const f = flighting?.[c];
    if (f === 'even')
      return `Spread evenly over every ${one} (always-on) instead of in recent bursts`;
    if (f === 'bursts')
      return 'Run in regular bursts (on, then off as long) instead of as it ran recently';
    if (f && typeof f === 'object')
      return `Run in bursts of ${f.burst} ${f.burst === 1 ? one : `${one}s`} on, ${f.off ?? f.burst} off, instead of as it ran recently`;
    return '';
  };
  /** @type {Map<string, string[]>} */
  const byWords = new Map();
  for (const c of Object.keys(flighting ?? {})) {
    const w = words(c);
    if (w) byWords.set(w, [...(byWords.get(w) ?? []), label(c)]);
  }
  return [...byWords]
    .map(([w, cs]) => `${w}: ${cs.join(', ')}.`)
    .filter(Boolean)
    .join(' ');
}
