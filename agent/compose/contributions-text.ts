import type { ContributionsResult } from '../../tools';
import { composeBaseline } from './baseline-text';
import { type ComposeContext, type Composed, interval80 } from './composed';
import { kpiAmount, money, percent, ratio, signedKpi, signedPercent } from './format';

/** The tool result this composer reads. */
export type ContributionsView = ContributionsResult;

export function composeContributions(result: ContributionsView, ctx: ComposeContext): Composed {
  if (result.focus === 'baseline') return composeBaseline(result, ctx);
  const top = result.channels[0];
  if (!top)
    return { lead: 'No paid channel is in the model for that selection.', bullets: [], parts: [] };
  const when = `over ${result.period.label}`;
  let lead: string;
  if (result.channels.length === 1) {
    // One channel asked about: its own figures, never "the best" of a list of one.
    const range = interval80(top.interval.roi);
    const rangeText = range ? ` (80% range ${ratio(range.low)} to ${ratio(range.high)})` : '';
    lead = `${ctx.label(top.name)} ${when}: ${kpiAmount(top.contribution, ctx.kpiType)} of ${ctx.kpi}, ${percent(top.share)} of the total, on ${money(top.spend)} spend: ROI ${ratio(top.roi)}${rangeText}, next-dollar ROI ${ratio(top.mroi)}.`;
  } else if (result.sortBy === 'roi' || result.sortBy === 'mroi') {
    const measure = result.sortBy === 'roi' ? top.roi : top.mroi;
    const range = result.sortBy === 'roi' ? interval80(top.interval.roi) : undefined;
    const rangeText = range ? ` (80% range ${ratio(range.low)} to ${ratio(range.high)})` : '';
    const what = result.sortBy === 'roi' ? 'the best return' : 'the best return on the next dollar';
    lead = `${ctx.label(top.name)} has ${what} ${when}: ${ratio(measure)} ${ctx.kpiType === 'revenue' ? 'in revenue' : ctx.kpi} per dollar${rangeText}.`;
  } else {
    const range = interval80(top.interval.contribution);
    const rangeText = range
      ? `; 80% range ${kpiAmount(range.low, ctx.kpiType)} to ${kpiAmount(range.high, ctx.kpiType)}`
      : '';
    lead = `${ctx.label(top.name)} drove the most ${ctx.kpi} ${when}: ${kpiAmount(top.contribution, ctx.kpiType)}, ${percent(top.share)} of the total${rangeText}.`;
  }
  const bullets = result.channels
    .slice(0, 6)
    .map(
      (c) =>
        `${ctx.label(c.name)}: ${kpiAmount(c.contribution, ctx.kpiType)} (${percent(c.share)}) on ${money(c.spend)} spend, ROI ${ratio(c.roi)}, next-dollar ROI ${ratio(c.mroi)}`,
    );
  bullets.push(
    `Baseline (everything but paid media): ${kpiAmount(result.baseline.contribution, ctx.kpiType)}, ${percent(result.baseline.share)} of ${ctx.kpi}.`,
  );
  const unexplained = result.unexplained;
  if (unexplained && Math.abs(unexplained.share) >= 0.001)
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
        columns: ['Channel', 'Spend', 'Contribution', 'Share', 'ROI', 'Marginal ROI'],
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
