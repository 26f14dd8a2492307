import { type ComposeContext, type Composed, caveatsFor } from './composed';
import { type CurveView, composeCurve, curveChart, positionText } from './curve-text';
import { andList, money, ratio } from './format';
import { cannotRank } from './ratio-range';

/** Marginal returns closer than this (relative) are "about the same". */
const SAME = 0.05;

/** "1.52 on Social ($13.1k per week)" */
function otherText(r: CurveView, ctx: ComposeContext): string {
  return `${ratio(r.current.mroi)} on ${ctx.label(r.channel)} (${money(r.current.spend)} per ${r.periodUnit})`;
}

/**
 * Which of the channels the next dollar does most on, read off their response curves at current
 * spend: marginal return, not average ROI, is what extra spend earns.
 */
function comparisonLead(results: CurveView[], ctx: ComposeContext): string {
  const ranked = [...results].sort((a, b) => b.current.mroi - a.current.mroi);
  const best = ranked[0] as CurveView;
  const rest = ranked.slice(1);
  const second = rest[0] as CurveView;
  if (best.current.mroi - second.current.mroi <= SAME * Math.abs(second.current.mroi)) {
    const names = ranked.map((r) => ctx.label(r.channel));
    const values = ranked.map((r) => ratio(r.current.mroi));
    return `The next dollar returns about the same on ${andList(names)}: ${andList(values)} per $1 at current spend, so neither is the clear place for more.`;
  }
  const others = rest.map((r) => otherText(r, ctx));
  const tail = andList(others);
  const tied = cannotRank(
    { value: best.current.mroi, interval: best.current.mroiInterval },
    { value: second.current.mroi, interval: second.current.mroiInterval },
  );
  const hedge = tied
    ? ` That is the best estimate, but the 80% ranges of ${ctx.label(best.channel)} and ${ctx.label(second.channel)} each hold the other's value, so the data cannot rank the two: test before moving much money.`
    : '';
  return `The next dollar does more on ${ctx.label(best.channel)}: it returns ${ratio(best.current.mroi)} at ${ctx.label(best.channel)}'s current ${money(best.current.spend)} per ${best.periodUnit}, against ${tail}.${hedge}`;
}

/**
 * The answer for two or more response curves asked together ("should we spend more on search or
 * social?", "is TV as saturated as radio?"): which one the next dollar does more on, then where
 * each sits on its curve, with every curve on one chart. A carryover question or an asked level
 * of marginal return is answered channel by channel.
 */
export function composeCurveComparison(results: CurveView[], ctx: ComposeContext): Composed {
  const each = results.map((r) => composeCurve(r, ctx));
  const byChannel = ctx.lead === 'carryover' || ctx.marginalRoi !== undefined;
  const lead = byChannel ? each.map((e) => e.lead).join(' ') : comparisonLead(results, ctx);
  const bullets = [
    ...results.map((r) => positionText(r, ctx)).filter((b) => !lead.includes(b)),
    ...results.map(
      (r) =>
        `Half of ${ctx.label(r.channel)}'s ceiling is reached at ${money(r.halfSaturationSpend)} per ${r.periodUnit}.`,
    ),
    ...new Set(
      caveatsFor(
        results.map((r) => r.channel),
        ctx,
      ),
    ),
  ];
  return { lead, bullets, parts: [curveChart(results, ctx)] };
}
