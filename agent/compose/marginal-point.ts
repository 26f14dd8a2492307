import type { ResponseCurveResult } from '../../tools';
import { money, ratio } from './format';

/**
 * Reads off a response curve where the marginal return falls to `target`, the level the user
 * asked about. It names the two curve points around the crossing rather than interpolating,
 * so every figure is one the tool computed. `name` is the channel's label, `per` the period
 * ("per week").
 */
export function marginalPointText(
  result: ResponseCurveResult,
  target: number,
  name: string,
  per: string,
): string {
  const { points } = result;
  const level = ratio(target);
  let i = points.length - 1;
  while (i >= 0 && (points[i]?.mroi ?? 0) < target) i -= 1;
  const above = points[i];
  const below = points[i + 1];
  const last = points[points.length - 1];
  if (above && below) {
    return `${name}'s marginal return falls to ${level} between ${money(above.spend)} and ${money(below.spend)} ${per}: the next dollar returns ${ratio(above.mroi)} at the first and ${ratio(below.mroi)} at the second.`;
  }
  if (above && last) {
    return `${name}'s marginal return is still above ${level} at the far end of the curve: at ${money(last.spend)} ${per} the next dollar returns ${ratio(last.mroi)}.`;
  }
  const peak = points.reduce((a, b) => (b.mroi > a.mroi ? b : a), points[0] ?? result.current);
  return `${name}'s marginal return never reaches ${level} on this curve: the most the next dollar returns is ${ratio(peak.mroi)}, at ${money(peak.spend)} ${per}.`;
}
