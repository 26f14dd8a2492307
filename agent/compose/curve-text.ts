import type { ResponseCurveResult } from '../../tools';
import type { AnswerPart } from '../agent-types';
import { type ComposeContext, type Composed, caveatsFor, interval80 } from './composed';
import { kpiAmount, money, percent, ratio } from './format';
import { marginalPointText } from './marginal-point';
import { ratioRange } from './ratio-range';

/** The tool result this composer reads. */
export type CurveView = ResponseCurveResult;

const POSITION: Record<CurveView['position'], string> = {
  building: 'is still below its steepest point, so more spend gets more efficient for a while',
  efficient: 'is past its steepest point: returns are diminishing but still solid',
  saturating: 'is close to saturation: extra spend adds little',
};

/** "64.0% of TV's effect lands after the week of spend; half of it within 2 weeks, 90% within 6." */
function carryoverText(result: CurveView, name: string): string | undefined {
  const c = result.carryover;
  if (!c) return undefined;
  const unit = result.periodUnit;
  const range = interval80(c.interval);
  if (c.laterShare < 0.005)
    return range && range.high >= 0.05
      ? `The model's best estimate is that ${name}'s effect lands in the ${unit} of spend (no carryover), but the data do not rule carryover out: up to ${percent(range.high)} of the effect landing later is inside the 80% range.`
      : `${name}'s effect lands in the ${unit} of spend: the model finds no carryover.`;
  const within = c.landed
    .map(
      (l) =>
        `${l.share === 0.5 ? 'half' : `${Math.round(l.share * 100)}%`} of it within ${l.periods} ${unit}${l.periods === 1 ? '' : 's'}`,
    )
    .join(' and ');
  return `${percent(c.laterShare)} of ${name}'s effect lands after the ${unit} of spend (carryover${range ? `; 80% range ${percent(range.low)} to ${percent(range.high)}` : ''}); ${within}, counting the ${unit} of spend.`;
}

/** "TV is past its steepest point: …. At the current $50k per week, the next dollar returns 2 against an average of 2.5." */
export function positionText(result: CurveView, ctx: ComposeContext): string {
  const name = ctx.label(result.channel);
  return `${name} ${POSITION[result.position]}. At the current ${money(result.current.spend)} per ${result.periodUnit}, the next dollar returns ${ratio(result.current.mroi)}${ratioRange(result.current.mroiInterval)} against an average of ${ratio(result.current.roi)} per dollar at that spend held steady.`;
}

/** The chart of one or more response curves, each with its current spend marked. */
export function curveChart(results: CurveView[], ctx: ComposeContext): AnswerPart {
  const per = `per ${results[0]?.periodUnit ?? 'period'}`;
  const names = results.map((r) => ctx.label(r.channel));
  return {
    type: 'chart',
    kind: 'response_curve',
    title: `${names.join(', ')}: ${ctx.kpi} ${per} by spend ${per}`,
    xLabel: `Spend ${per}`,
    yLabel: `${ctx.kpi} ${per}`,
    series: results.flatMap((r, i) => [
      { name: names[i] as string, points: r.points.map((p): [number, number] => [p.spend, p.kpi]) },
      {
        name: results.length === 1 ? 'Current spend' : `${names[i]}: current spend`,
        points: [[r.current.spend, r.current.kpi]] as [number, number][],
      },
    ]),
  };
}

/**
 * The answer for a response curve: where current spend sits on it and what the next dollar
 * returns; when the user asked for a level of marginal return, the spend where it gets there.
 */
export function composeCurve(result: CurveView, ctx: ComposeContext): Composed {
  const name = ctx.label(result.channel);
  const per = `per ${result.periodUnit}`;
  const position = positionText(result, ctx);
  const asked = ctx.marginalRoi;
  const carry = carryoverText(result, name);
  const lead =
    ctx.lead === 'carryover' && carry
      ? carry
      : asked === undefined
        ? position
        : marginalPointText(result, asked, name, per);
  const bullets = [
    ...(lead === position ? [] : [position]),
    ...(carry && lead !== carry ? [carry] : []),
    `At current spend ${name} brings about ${kpiAmount(result.current.kpi, ctx.kpiType)} of ${ctx.kpi} ${per} once carryover has settled.`,
    `Half of its ceiling is reached at ${money(result.halfSaturationSpend)} ${per}.`,
  ];
  const top = result.points[result.points.length - 1];
  if (top && top.spend > result.observedMax) {
    bullets.push(
      `Beyond ${money(result.observedMax)} ${per} (the most it ever spent) the curve is an extrapolation.`,
    );
  }
  bullets.push(...caveatsFor([result.channel], ctx));
  return { lead, bullets, parts: [curveChart([result], ctx)] };
}
