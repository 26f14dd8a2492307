import type { ContributionsResult } from '../../tools';
import { composeBaseline } from './baseline-text';
import { type ComposeContext, type Composed, interval80, perDollar } from './composed';
import {
  blendedLead,
  keepOrCutLead,
  type Lead,
  mediaLead,
  nextDollarTie,
  perPeriodLead,
  recentRate,
  shiftLead,
  worstLead,
} from './contribution-leads';
import { kpiAmount, money, percent, ratio, signedKpi, signedPercent } from './format';
import { composeMix } from './mix-text';
import { cannotRank, ratioRange } from './ratio-range';

/** The tool result this composer reads. */
export type ContributionsView = ContributionsResult;

/** The lead the planner asked for, when the result has what it needs. */
function askedLead(
  result: ContributionsView,
  ctx: ComposeContext,
  args: { channels?: unknown },
): Lead | undefined {
  switch (ctx.lead) {
    case 'worst':
      return worstLead(result, ctx);
    case 'blended':
      return blendedLead(result, ctx);
    case 'media':
      return mediaLead(result, ctx);
    case 'per_period':
      return perPeriodLead(result, ctx);
    case 'keep_or_cut':
      return keepOrCutLead(result, ctx);
    case 'shift':
      return Array.isArray(args.channels) ? shiftLead(result, ctx, args.channels) : undefined;
    default:
      return undefined;
  }
}

/** The ranking's own lead: the top channel by the measure it was ranked on, said with it. */
function rankingLead(result: ContributionsView, ctx: ComposeContext): string {
  const top = result.channels[0] as ContributionsView['channels'][number];
  const when = `over ${result.period.label}`;
  if (result.channels.length === 1) {
    // One channel asked about: its own figures, never "the best" of a list of one.
    return `${ctx.label(top.name)} ${when}: ${kpiAmount(top.contribution, ctx.kpiType)} of ${ctx.kpi}, ${percent(top.share)} of the total, on ${money(top.spend)} spend: ROI ${ratio(top.roi)}${ratioRange(top.interval.roi)}, next-dollar ROI ${ratio(top.mroi)}${ratioRange(top.interval.mroi)} ${recentRate(result, ctx)}.`;
  }
  if (result.sortBy === 'mroi') {
    const second = result.channels[1];
    const runnerUp = second
      ? ` ${ctx.label(second.name)} is next at ${ratio(second.mroi)}${nextDollarTie(top, second)}.`
      : '';
    return `${ctx.label(top.name)} has the best return on the next dollar ${recentRate(result, ctx)}: ${perDollar(top.mroi, ctx)}${ratioRange(top.interval.mroi)}.${runnerUp}`;
  }
  if (result.sortBy === 'roi')
    return `${ctx.label(top.name)} has the best return ${when}: ${perDollar(top.roi, ctx)}${ratioRange(top.interval.roi)}.`;
  const range = interval80(top.interval.contribution);
  const rangeText = range
    ? `; 80% range ${kpiAmount(range.low, ctx.kpiType)} to ${kpiAmount(range.high, ctx.kpiType)}`
    : '';
  // Ranked by what each channel made; when return per dollar ranks another first, say so.
  const roiLeader = result.channels.reduce((a, b) => (b.roi > a.roi ? b : a), top);
  const tied =
    roiLeader !== top &&
    cannotRank(
      { value: roiLeader.roi, interval: roiLeader.interval.roi },
      { value: top.roi, interval: top.interval.roi },
    );
  const byRoi =
    roiLeader !== top
      ? ` By ROI instead, ${ctx.label(roiLeader.name)} leads: ${perDollar(roiLeader.roi, ctx)}, against ${ratio(top.roi)} for ${ctx.label(top.name)}${tied ? ', though their 80% ranges overlap enough that the data cannot rank the two' : ''}.`
      : ` It also has the best ROI: ${perDollar(top.roi, ctx)}.`;
  return `${ctx.label(top.name)} drove the most ${ctx.kpi} ${when}, measured by contribution: ${kpiAmount(top.contribution, ctx.kpiType)}, ${percent(top.share)} of the total${rangeText}.${byRoi}`;
}

export function composeContributions(
  result: ContributionsView,
  ctx: ComposeContext,
  args: { channels?: unknown } = {},
): Composed {
  if (result.focus === 'baseline') return composeBaseline(result, ctx);
  if (result.focus === 'mix') return composeMix(result, ctx);
  const top = result.channels[0];
  if (!top)
    return { lead: 'No paid channel is in the model for that selection.', bullets: [], parts: [] };
  const when = `over ${result.period.label}`;
  const asked = askedLead(result, ctx, args);
  const lead = asked?.lead ?? rankingLead(result, ctx);
  const bullets =
    asked?.bullets ??
    result.channels
      .slice(0, 6)
      .map(
        (c) =>
          `${ctx.label(c.name)}: ${kpiAmount(c.contribution, ctx.kpiType)} (${percent(c.share)}) on ${money(c.spend)} spend, ROI ${ratio(c.roi)}, next-dollar ROI ${ratio(c.mroi)}`,
      );
  if (!asked?.bullets && result.channels.length > 1)
    bullets.push(
      `Next-dollar ROI is read ${recentRate(result, ctx)}, not ${when}; the other figures are ${when}.`,
    );
  // An answer with its own bullets (a move, a cut, averages per period) is not about the whole KPI.
  if (!asked?.bullets)
    bullets.push(
      `Baseline (everything but paid media): ${kpiAmount(result.baseline.contribution, ctx.kpiType)}, ${percent(result.baseline.share)} of ${ctx.kpi}.`,
    );
  const unexplained = result.unexplained;
  if (!asked?.bullets && unexplained && Math.abs(unexplained.share) >= 0.001)
    bullets.push(
      `Not explained by the model ${when}: ${signedKpi(unexplained.contribution, ctx.kpiType)} (${signedPercent(unexplained.share)} of ${ctx.kpi}), so the parts add up to the actual ${ctx.kpi}.`,
    );
  const rows = result.channels.map((c) => [
    ctx.label(c.name),
    Math.round(c.spend),
    Math.round(c.contribution),
    percent(c.share),
    ratio(c.roi),
    ratio(c.mroi),
  ]);
  return {
    lead,
    bullets,
    parts: [
      {
        type: 'table',
        title: `Channel contributions ${when}`,
        columns: ['Channel', 'Spend', 'Contribution', 'Share', 'ROI', 'Marginal ROI (recent rate)'],
        rows,
      },
      {
        type: 'chart',
        kind: 'contributions',
        title: `${ctx.kpi} contribution by channel ${when}`,
        xLabel: 'Channel',
        yLabel: ctx.kpi,
        categories: result.channels.map((c) => ctx.label(c.name)),
        series: [
          { name: 'Contribution', points: result.channels.map((c, i) => [i, c.contribution]) },
        ],
      },
    ],
  };
}
