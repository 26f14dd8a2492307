import type { ContributionsResult } from '../../tools';
import { type ComposeContext, type Composed, unitOne } from './composed';
import { nextDollarTie, recentRate } from './contribution-leads';
import { andList, money, percent, ratio } from './format';
import { ratioRange } from './ratio-range';

type Row = ContributionsResult['channels'][number];

/** A part of media's effect this much above or below a channel's part of spend is called out. */
const OFF_SHARE = 0.1;
/** Next-dollar returns within this ratio of each other leave little to gain by moving money. */
const EVEN_RETURNS = 1.15;

/** "the last 13 weeks (2024-09-30 to 2024-12-23)", or the label alone when it holds the dates. */
function periodText(result: ContributionsResult): string {
  const p = result.period;
  return p.label.includes(p.start) ? p.label : `${p.label} (${p.start} to ${p.end})`;
}

/**
 * Which channels drove a bigger part of media's effect than their part of the budget, and which
 * a smaller one (Robyn's share of spend against share of effect).
 */
function effectAgainstSpend(rows: Row[], ctx: ComposeContext): string | undefined {
  const over = rows.filter((r) => r.mediaShare > r.spendShare * (1 + OFF_SHARE));
  const under = rows.filter((r) => r.mediaShare < r.spendShare * (1 - OFF_SHARE));
  if (over.length === 0 && under.length === 0)
    return `Every channel drove about its part of the budget in media's ${ctx.kpi}.`;
  const parts = [
    over.length > 0
      ? `${andList(over.map((r) => ctx.label(r.name)))} drove a bigger part of media's ${ctx.kpi} than ${over.length > 1 ? 'their' : 'its'} part of the budget`
      : '',
    under.length > 0 ? `${andList(under.map((r) => ctx.label(r.name)))} a smaller one` : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`;
}

/**
 * Whether the split could do better: a budget is best split when the next dollar returns the
 * same everywhere, so a spread in next-dollar ROI says where money would do more.
 */
function marginSpread(rows: Row[], result: ContributionsResult, ctx: ComposeContext): string {
  const paying = rows.filter((r) => r.spend > 0);
  const best = paying.reduce<Row | undefined>((a, b) => (!a || b.mroi > a.mroi ? b : a), undefined);
  const worst = paying.reduce<Row | undefined>(
    (a, b) => (!a || b.mroi < a.mroi ? b : a),
    undefined,
  );
  if (!best || !worst || best === worst) return '';
  const where = recentRate(result, ctx);
  if (worst.mroi > 0 && best.mroi / worst.mroi <= EVEN_RETURNS)
    return `Next-dollar returns ${where} are close across channels (${ratio(worst.mroi)} on ${ctx.label(worst.name)} to ${ratio(best.mroi)} on ${ctx.label(best.name)}), so moving money between them would trade like for like: the split is near the best one for this budget.`;
  const pair = `${ratio(best.mroi)} on ${ctx.label(best.name)}${ratioRange(best.interval.mroi)} against ${ratio(worst.mroi)} on ${ctx.label(worst.name)}${ratioRange(worst.interval.mroi)}`;
  if (nextDollarTie(best, worst))
    return `Next-dollar returns ${where} differ in the estimates, ${pair}, but each range holds the other's value, so the data do not say that moving money between them would pay. Ask "how should we split the budget?" for the best split and its gain with a range.`;
  return `Next-dollar returns ${where} differ: ${pair}, so moving money from ${ctx.label(worst.name)} toward ${ctx.label(best.name)} would likely raise ${ctx.kpi}. Ask "how should we split the budget?" for the best split and its gain with a range.`;
}

/**
 * "What's the current mix?", "is our allocation any good?": how the budget is split over the
 * period (the recent spend window unless another was asked for), each channel's part of spend
 * beside its part of what media drove, and whether the next dollar would do more elsewhere.
 */
export function composeMix(result: ContributionsResult, ctx: ComposeContext): Composed {
  const rows = [...result.channels].sort(
    (a, b) => b.spend - a.spend || a.name.localeCompare(b.name),
  );
  if (rows.length === 0 || result.total.spend <= 0)
    return {
      lead: `No paid channel spent anything over ${periodText(result)}.`,
      bullets: [],
      parts: [],
    };
  const per = unitOne(ctx);
  const split = rows.map((r) => `${ctx.label(r.name)} ${percent(r.spendShare)}`).join(', ');
  const lead = `Over ${periodText(result)} paid media spent ${money(result.total.spend)}, ${money(result.total.perPeriod.spend)} a ${per}: ${split}.`;
  const bullets = rows.map(
    (r) =>
      `${ctx.label(r.name)}: ${money(r.spend)} (${percent(r.spendShare)} of spend, ${money(r.perPeriod.spend)} a ${per}), ${percent(r.mediaShare)} of what media drove; ROI ${ratio(r.roi)}, next-dollar ROI ${ratio(r.mroi)}`,
  );
  const against = effectAgainstSpend(rows, ctx);
  if (against) bullets.push(against);
  const spread = marginSpread(rows, result, ctx);
  if (spread) bullets.push(spread);
  const when = `over ${result.period.label}`;
  return {
    lead,
    bullets,
    parts: [
      {
        type: 'table',
        title: `Media mix ${when}`,
        columns: [
          'Channel',
          'Spend',
          `Spend per ${per}`,
          'Share of spend',
          'Share of media effect',
          'ROI',
          'Marginal ROI (recent rate)',
        ],
        rows: rows.map((r) => [
          ctx.label(r.name),
          Math.round(r.spend),
          Math.round(r.perPeriod.spend),
          percent(r.spendShare),
          percent(r.mediaShare),
          ratio(r.roi),
          ratio(r.mroi),
        ]),
      },
      {
        type: 'chart',
        kind: 'contributions',
        title: `Share of spend and of media's ${ctx.kpi} by channel ${when}`,
        xLabel: 'Channel',
        yLabel: 'Share (%)',
        categories: rows.map((r) => ctx.label(r.name)),
        series: [
          { name: 'Share of spend', points: rows.map((r, i) => [i, 100 * r.spendShare]) },
          { name: 'Share of media effect', points: rows.map((r, i) => [i, 100 * r.mediaShare]) },
        ],
      },
    ],
  };
}
