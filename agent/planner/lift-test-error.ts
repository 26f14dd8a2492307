import { wordOf } from './token-utils';
import type { Token } from './tokens';

/** z-scores of two-sided intervals by level, to turn an interval into a standard error. */
const Z: Record<number, number> = { 68: 1, 80: 1.2816, 90: 1.6449, 95: 1.96, 99: 2.5758 };
export const PLUS_MINUS: ReadonlySet<string> = new Set(['±', '+/-', '+-']);
const ERROR_WORDS = new Set(['se', 'sd', 'stderr', 'error', 'deviation']);
export const RANGE_OPEN: ReadonlySet<string> = new Set([
  'ci',
  'interval',
  'range',
  'between',
  'band',
]);
const RANGE_JOIN = new Set(['to', 'and', '-', '–', ',']);
const YEAR = /^(?:19|20)\d\d$/;

/** An amount a test could report; a bare year ("the 2024 TV geo test") is a date, not an ROI. */
export const amountOf = (tok: Token | undefined): number | undefined =>
  tok && (tok.t === 'mult' || tok.t === 'money' || (tok.t === 'num' && !YEAR.test(tok.raw)))
    ? tok.v
    : undefined;

/** One uncertainty a test's report states, as a standard error, with the amounts it used. */
export interface StatedError {
  sd: number;
  /** Indexes of the amounts that belong to it (the `x` of `± x`, both ends of an interval). */
  used: number[];
  /** True for an interval (`CI a to b`), which brackets the estimate it does not state. */
  interval: boolean;
}

/** Interval level said in the segment ("95% CI"), default 95. */
function levelOf(seg: Token[]): number {
  for (const tok of seg) if (tok.t === 'pct' && Z[tok.v] !== undefined) return tok.v;
  return 95;
}

const ERROR_LINK = /^(?:of|was|is|were|=|:|at|around|about|roughly|approximately)$/;

/** The statement starting at `i`: `± x`, `plus or minus x`, `standard error (of) x`, `CI a to b`. */
function errorAt(seg: Token[], i: number, z: number, hasLevel: boolean): StatedError | undefined {
  const w = wordOf(seg[i]);
  if (PLUS_MINUS.has(w) || (w === 'plus' && wordOf(seg[i + 1]) === 'or')) {
    const k = PLUS_MINUS.has(w) ? i + 1 : i + 3;
    const v = amountOf(seg[k]);
    // "± x" alone reads as a standard error; "± x (95%)" as the half-width of that interval.
    if (v !== undefined) return { sd: hasLevel ? v / z : v, used: [k], interval: false };
  }
  if (ERROR_WORDS.has(w)) {
    // "SE 0.3", "SE of 0.3", "the SE was about 0.3": a few linking words before the value.
    let k = i + 1;
    while (k < i + 3 && ERROR_LINK.test(wordOf(seg[k]))) k += 1;
    const v = amountOf(seg[k]);
    if (v !== undefined) return { sd: v, used: [k], interval: false };
  }
  if (RANGE_OPEN.has(w) || (w === 'from' && amountOf(seg[i + 1]) !== undefined)) {
    // "CI 1.2 to 2.4", "interval of 1.1 - 2.0", "CI [1.2, 2.4]", "CI: 1.2 to 2.4".
    const lo = amountOf(seg[i + 1]) !== undefined ? i + 1 : i + 2;
    const hi = lo + 2;
    const a = amountOf(seg[lo]);
    const b = RANGE_JOIN.has(wordOf(seg[lo + 1])) ? amountOf(seg[hi]) : undefined;
    if (a !== undefined && b !== undefined && b > a)
      return { sd: (b - a) / (2 * z), used: [lo, hi], interval: true };
  }
  return undefined;
}

/**
 * Every uncertainty a segment of a test's report states, in order, wherever it stands: after
 * the ROI ("1.8, 95% CI 1.2 to 2.4") or before it ("95% CI 1.2 to 2.4, point estimate 1.8").
 */
export function statedErrors(seg: Token[]): StatedError[] {
  const hasLevel = seg.some((t) => t.t === 'pct' && Z[t.v] !== undefined);
  const z = Z[levelOf(seg)] as number;
  const out: StatedError[] = [];
  for (let i = 0; i < seg.length; i++) {
    const found = errorAt(seg, i, z, hasLevel);
    if (!found) continue;
    out.push(found);
    i = Math.max(i, ...found.used);
  }
  return out;
}
