import type { ContributionsResult, ResponseCurveResult } from '../../tools';
import type { ComposeContext, Composed } from './composed';
import { recentRate } from './contribution-leads';
import { composeCurve } from './curve-text';
import { kpiAmount, money, ratio } from './format';

const WHERE: Record<ResponseCurveResult['position'], string> = {
  building:
    'is still below the steepest point of its S-shaped curve: spend this thin works less per dollar than heavier spend does',
  efficient: 'is past the steepest point of its curve: returns diminish as spend grows',
  saturating: 'is close to saturation: extra spend adds little',
};

/**
 * "Why is TV's ROI 2.5 but only 1.53 on the response curve?": the ROI is the average over the
 * data as the money was actually spent; the curve holds spend steady at the recent rate, where it
 * gives an average return and a marginal one (its slope). Said with the channel's own figures.
 */
export function composeRoiVsCurve(
  result: ContributionsResult,
  curve: ResponseCurveResult,
  ctx: ComposeContext,
): Composed | undefined {
  const row = result.channels.find((c) => c.name === curve.channel);
  if (!row) return undefined;
  const name = ctx.label(row.name);
  const per = `per ${curve.periodUnit}`;
  const now = curve.current;
  const average = row.perPeriod?.spend;
  const spent = average === undefined ? '' : `, ${money(average)} ${per} on average`;
  const lead = `${name}'s ROI of ${ratio(row.roi)} and its response curve answer different questions. The ${ratio(row.roi)} is an average over ${result.period.label}: ${kpiAmount(row.contribution, ctx.kpiType)} of ${ctx.kpi} on ${money(row.spend)} of spend${spent}, spent as it actually was. The curve holds spend steady ${recentRate(result, ctx)}, ${money(now.spend)} ${per}, long enough for carryover to settle: there each dollar returns ${ratio(now.roi)} on average and the next dollar returns ${ratio(now.mroi)} (the marginal ROI, the slope of the curve).`;
  const bullets: string[] = [];
  if (average !== undefined && average > 0) {
    const level =
      now.spend < average * 0.95
        ? `below ${name}'s average over the data (${money(average)} ${per})`
        : now.spend > average * 1.05
          ? `above ${name}'s average over the data (${money(average)} ${per})`
          : `close to ${name}'s average over the data (${money(average)} ${per})`;
    bullets.push(
      `The recent rate is ${level}, so the curve is read at a different point from where most of the money went.`,
    );
  }
  bullets.push(
    `At ${money(now.spend)} ${per} ${name} ${WHERE[curve.position]}; the next dollar there returns ${now.mroi >= now.roi ? 'more' : 'less'} than the average (${ratio(now.mroi)} against ${ratio(now.roi)}).`,
    `The ${ratio(row.roi)} also mixes every ${curve.periodUnit} of the data, heavier and lighter ones; on a curved response the same money spread differently returns differently, while the curve assumes one steady level.`,
    'Which to use: the average ROI says what the money returned; the next-dollar return says what a change in spend would do now.',
  );
  return { lead, bullets, parts: composeCurve(curve, ctx).parts };
}
