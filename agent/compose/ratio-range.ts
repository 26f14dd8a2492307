import { interval80 } from './composed';
import { percent, ratio } from './format';

/** " (80% range 0.31 to 0.92)" for a ratio's interval (ROI, next-dollar ROI); '' without one. */
export function ratioRange(interval: unknown): string {
  const r = interval80(interval);
  return r ? ` (80% range ${ratio(r.low)} to ${ratio(r.high)})` : '';
}

/** " (80% range 12.0% to 41.0%)" for a share's interval; '' without one. */
export function shareRange(interval: unknown): string {
  const r = interval80(interval);
  return r ? ` (80% range ${percent(r.low)} to ${percent(r.high)})` : '';
}

/**
 * Whether the data cannot rank two estimates: each one's 80% range holds the other's estimate.
 * False when either has no range (nothing says they are close).
 */
export function cannotRank(
  a: { value: number; interval: unknown },
  b: { value: number; interval: unknown },
): boolean {
  const ra = interval80(a.interval);
  const rb = interval80(b.interval);
  if (!ra || !rb) return false;
  return ra.low <= b.value && ra.high >= b.value && rb.low <= a.value && rb.high >= a.value;
}
