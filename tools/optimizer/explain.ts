import { formatMoney, formatPct } from '../scenario/format';
import { layoutOf } from '../scenario/spend-pattern';
import type { Bound } from './bounds';
import type { AllocationProblem } from './problem';
import { marginalText } from './wording';

/** What the optimizer says about each channel and which constraints hold it. */
export interface Explanation {
  binding: string[];
  lines: string[];
}

/**
 * One plain-language line per channel on why it moved (or did not), from its marginal return at
 * the current and the optimal spend against the common marginal return λ, and the constraints
 * that bind at the optimum.
 */
export function explainAllocation(
  p: AllocationProblem,
  bounds: Bound[],
  optimal: number[],
  lambda: number | null,
): Explanation {
  const kpiType = p.model.kpiType;
  const rate = (m: number) => marginalText(m, kpiType, p.model.kpi);
  const binding: string[] = [];
  const lines: string[] = [];
  const total = optimal.reduce((s, v) => s + v, 0);
  const tol = 1e-6 * Math.max(1, total);
  const others = lambda === null ? '' : `, against ${rate(lambda)} elsewhere at the optimum`;
  for (const name of Object.keys(p.reference)) {
    const c = p.allocated.indexOf(name);
    const ref = p.reference[name] ?? 0;
    if (c < 0) {
      lines.push(`${name}: kept at ${formatMoney(ref)} (not among the channels to allocate).`);
      continue;
    }
    const curve = p.curves[c];
    const b = bounds[c] as Bound;
    const limit = p.limits[c];
    const x = optimal[c] as number;
    if (!curve || !limit) continue;
    const m0 = curve.marginal(ref);
    const m = curve.marginal(x);
    const atLo = x <= b.lo + tol;
    const atHi = x >= b.hi - tol;
    if (limit.locked) {
      binding.push(`${name} locked at its reference ${formatMoney(x)}`);
      lines.push(`${name}: locked at ${formatMoney(x)} as asked; it returns ${rate(m)}.`);
      continue;
    }
    if (atHi) binding.push(`${name} at its ${b.hiLimit.source} of ${formatMoney(b.hi)}`);
    else if (atLo) {
      binding.push(
        b.loLimit.field === ''
          ? `${name} at zero (spend cannot go below it)`
          : `${name} at its ${b.loLimit.source} of ${formatMoney(b.lo)}`,
      );
    }
    const change = x - ref;
    const by = `${change >= 0 ? '+' : '-'}${formatMoney(Math.abs(change))}${ref > 0 ? ` (${formatPct((change / ref) * 100)})` : ''}`;
    const moved = `${by} to ${formatMoney(x)}`;
    // A channel the plan lays out anew is weighed on its curve laid out so, not as it ran.
    const layout = layoutOf(p.flighting ?? {}, name);
    const atCurrent =
      layout === 'even'
        ? 'At current spend, spread evenly, it would return'
        : layout === 'bursts'
          ? 'At current spend, run in bursts, it would return'
          : 'At current spend it returned';
    const sCurve = (p.model.responses.find((r) => r.name === name)?.saturation.alpha ?? 1) > 1;
    if (Math.abs(change) <= 0.005 * Math.max(ref, total / Math.max(1, p.allocated.length))) {
      const why = atHi
        ? `held by its ${b.hiLimit.source}`
        : atLo && b.lo > 0
          ? `held by its ${b.loLimit.source}`
          : 'already in balance with the other channels';
      lines.push(`${name}: about unchanged at ${formatMoney(x)}; it returns ${rate(m)}, ${why}.`);
    } else if (change > 0) {
      const start = `${name}: ${moved}. ${atCurrent} ${rate(m0)}${others}`;
      if (atHi)
        lines.push(
          `${start}; raised to its ${b.hiLimit.source}, where it still returns ${rate(m)}.`,
        );
      else if (sCurve && m > m0)
        lines.push(
          `${start}; its S-shaped curve pays more once past its threshold, so it was raised until the return settled at ${rate(m)}.`,
        );
      else lines.push(`${start}; raised until it returns ${rate(m)}, the same as elsewhere.`);
    } else {
      const start = `${name}: ${moved}. ${atCurrent} ${rate(m0)}${others}`;
      if (x <= tol && b.loLimit.field === '') {
        const average = ref > 0 ? (curve.value(ref) - curve.value(0)) / ref : m;
        const shape = sCurve ? ' (its S-shaped curve pays little until spend is high)' : '';
        const averaged = marginalText(average, kpiType, p.model.kpi, true);
        // "Even at … averaged $1.45, against $1.35 elsewhere" contradicts itself when the
        // average beats the common return: then the reason is its last dollars, not its average.
        lines.push(
          lambda === null || average < lambda
            ? `${name}: switched off, ${by}. Even at its current spend each dollar averaged ${averaged}${others}${shape}.`
            : `${name}: switched off, ${by}. At current spend each dollar of it averaged ${averaged} but its next dollar returned ${rate(m0)}; the best plan found leaves it out${shape}.`,
        );
      } else if (atLo)
        lines.push(
          `${start}; cut to its ${b.loLimit.source} of ${formatMoney(b.lo)}, where it returns ${rate(m)}.`,
        );
      else lines.push(`${start}; cut until it returns ${rate(m)}, the same as elsewhere.`);
    }
  }
  return { binding, lines };
}
