import type { ContributionsResult } from '../../tools';
import { type ComposeContext, interval80, perDollar, unitOne } from './composed';
import { kpiAmount, money, percent, ratio, span } from './format';
import { cannotRank, ratioRange } from './ratio-range';

type Row = ContributionsResult['channels'][number];

/** A lead sentence and the bullets that replace the per-channel list, when it says more. */
export interface Lead {
  lead: string;
  bullets?: string[];
}

/** "at the recent spend rate (the last 13 weeks)": where marginal ROI is read, whatever the period. */
export function recentRate(result: ContributionsResult, ctx: ComposeContext): string {
  const n = result.mroiWindow?.periods;
  return n
    ? `at the recent spend rate (the last ${span(n, ctx.unit)})`
    : 'at the recent spend rate';
}

function byLeast(rows: Row[], key: 'roi' | 'contribution' | 'mroi'): Row | undefined {
  return rows.reduce<Row | undefined>(
    (a, b) => (a === undefined || b[key] < a[key] ? b : a),
    undefined,
  );
}

function byMost(rows: Row[], key: 'roi' | 'contribution' | 'mroi'): Row | undefined {
  return rows.reduce<Row | undefined>(
    (a, b) => (a === undefined || b[key] > a[key] ? b : a),
    undefined,
  );
}

/**
 * ", though their 80% ranges overlap enough that the data cannot rank the two" when two
 * channels' next-dollar returns are each inside the other's range; '' otherwise.
 */
export function nextDollarTie(a: Row, b: Row): string {
  return a !== b &&
    cannotRank(
      { value: a.mroi, interval: a.interval.mroi },
      { value: b.mroi, interval: b.interval.mroi },
    )
    ? ', though their 80% ranges overlap enough that the data cannot rank the two'
    : '';
}

/**
 * "Which channel performs worst?": the last of the ranking, by the measure it was ranked on (ROI
 * unless the question asked what the channels made), said with the measure and the best for scale;
 * when the other measure puts another channel last, that one too.
 */
export function worstLead(result: ContributionsResult, ctx: ComposeContext): Lead | undefined {
  const rows = result.channels;
  const top = rows[0];
  const bottom = rows[rows.length - 1];
  if (!top || !bottom || rows.length < 2) return undefined;
  const name = ctx.label;
  const when = `over ${result.period.label}`;
  if (result.sortBy === 'mroi') {
    return {
      lead: `${name(bottom.name)} has the lowest return on the next dollar ${recentRate(result, ctx)}: ${perDollar(bottom.mroi, ctx)}${ratioRange(bottom.interval.mroi)}, against ${ratio(top.mroi)} for ${name(top.name)}, the highest${nextDollarTie(top, bottom)}.`,
    };
  }
  if (result.sortBy === 'roi') {
    const least = byLeast(rows, 'contribution');
    const other =
      least && least !== bottom
        ? ` By contribution the smallest is ${name(least.name)}: ${kpiAmount(least.contribution, ctx.kpiType)} (${percent(least.share)} of ${ctx.kpi}).`
        : ` It also contributed the least: ${kpiAmount(bottom.contribution, ctx.kpiType)} (${percent(bottom.share)} of ${ctx.kpi}).`;
    return {
      lead: `${name(bottom.name)} performs worst ${when}, measured by ROI (${ctx.kpi} per dollar of spend): ${ratio(bottom.roi)}${ratioRange(bottom.interval.roi)}, against ${ratio(top.roi)} for ${name(top.name)}, the best.${other}`,
    };
  }
  const lowRoi = byLeast(rows, 'roi');
  const other =
    lowRoi && lowRoi !== bottom
      ? ` By ROI the weakest is ${name(lowRoi.name)}: ${perDollar(lowRoi.roi, ctx)}.`
      : '';
  return {
    lead: `${name(bottom.name)} drove the least ${ctx.kpi} ${when}, measured by contribution: ${kpiAmount(bottom.contribution, ctx.kpiType)}, ${percent(bottom.share)} of the total, against ${kpiAmount(top.contribution, ctx.kpiType)} for ${name(top.name)}.${other}`,
  };
}

/** "What's the overall ROI of our marketing?": media contribution over media spend, then the range. */
export function blendedLead(result: ContributionsResult, ctx: ComposeContext): Lead | undefined {
  const { total } = result;
  if (typeof total.roi !== 'number' || result.channels.length === 0) return undefined;
  const best = byMost(result.channels, 'roi');
  const worst = byLeast(result.channels, 'roi');
  const spread =
    best && worst && best !== worst
      ? ` By channel it ranges from ${ratio(worst.roi)} (${ctx.label(worst.name)}) to ${ratio(best.roi)} (${ctx.label(best.name)}).`
      : '';
  return {
    lead: `Paid media returned ${perDollar(total.roi, ctx)} over ${result.period.label} (blended ROI): ${kpiAmount(total.media, ctx.kpiType)} of ${ctx.kpi} from ${money(total.spend)} of spend.${spread}`,
  };
}

/** "What share of revenue comes from media?": the media total and its share, then the baseline. */
export function mediaLead(result: ContributionsResult, ctx: ComposeContext): Lead | undefined {
  const { total, baseline } = result;
  if (typeof total.share !== 'number') return undefined;
  const top = byMost(result.channels, 'contribution');
  const most = top
    ? ` ${ctx.label(top.name)} contributed the most: ${kpiAmount(top.contribution, ctx.kpiType)}.`
    : '';
  const iv = interval80(total.mediaInterval);
  const sure = iv
    ? ` (80% interval ${kpiAmount(iv.low, ctx.kpiType)} to ${kpiAmount(iv.high, ctx.kpiType)})`
    : '';
  return {
    lead: `Paid media drove ${kpiAmount(total.media, ctx.kpiType)}${sure} of ${ctx.kpi} over ${result.period.label}, ${percent(total.share)} of the total ${kpiAmount(total.kpi, ctx.kpiType)}; the baseline (everything but paid media) made ${kpiAmount(baseline.contribution, ctx.kpiType)} (${percent(baseline.share)}).${most}`,
  };
}

/** "How much revenue per week does search bring in?": averages per period of the data. */
export function perPeriodLead(result: ContributionsResult, ctx: ComposeContext): Lead | undefined {
  const per = unitOne(ctx);
  const amount = (n: number) => kpiAmount(n, ctx.kpiType);
  const rows = result.channels;
  if (rows.some((c) => !c.perPeriod) || !result.total.perPeriod) return undefined;
  const over = `over ${result.period.label} (${span(result.period.periods, ctx.unit)})`;
  const lines = rows.map(
    (c) =>
      `${ctx.label(c.name)}: ${amount(c.perPeriod.contribution)} of ${ctx.kpi} per ${per} on ${money(c.perPeriod.spend)} of spend per ${per} (ROI ${ratio(c.roi)}).`,
  );
  const [only] = rows;
  if (rows.length === 1 && only) {
    return {
      lead: `${ctx.label(only.name)} brings in about ${amount(only.perPeriod.contribution)} of ${ctx.kpi} per ${per} on average ${over}, on ${money(only.perPeriod.spend)} of spend per ${per} (ROI ${ratio(only.roi)}); ${amount(only.contribution)} in total.`,
      bullets: [],
    };
  }
  const p = result.total.perPeriod;
  return {
    lead: `Paid media brings in about ${amount(p.media)} of ${ctx.kpi} per ${per} on average ${over}, on ${money(p.spend)} of spend per ${per}.`,
    bullets: lines,
  };
}

const SIZE_IT = (name: string) =>
  `To size a cut, ask for one as a what-if, e.g. "what if we cut ${name} by half?".`;

/**
 * "Should we cut radio?", "is display worth keeping?": what the channel returned on average and
 * what its next dollar returns, which is what a cut gives up first.
 */
export function keepOrCutLead(result: ContributionsResult, ctx: ComposeContext): Lead | undefined {
  const [row] = result.channels;
  if (!row || result.channels.length !== 1) return undefined;
  const name = ctx.label(row.name);
  const rate = recentRate(result, ctx);
  const facts = `${name} returned ${perDollar(row.roi, ctx)} on average over ${result.period.label}${ratioRange(row.interval.roi)}: ${kpiAmount(row.contribution, ctx.kpiType)} of ${ctx.kpi} on ${money(row.spend)} of spend. ${rate.charAt(0).toUpperCase()}${rate.slice(1)} its next dollar returns ${ratio(row.mroi)}${ratioRange(row.interval.mroi)}.`;
  const next = interval80(row.interval.mroi);
  let verdict: string;
  if (ctx.kpiType !== 'revenue')
    verdict = `A small cut would give up about ${ratio(row.mroi)} ${ctx.kpi} for each dollar saved.`;
  else if (row.mroi >= 1)
    verdict = `A small cut would save a dollar and lose about ${money(row.mroi)} of revenue for each dollar saved. Whether that pays depends on your profit margin: the last dollar pays for itself only when the profit on its ${money(row.mroi)} of revenue covers it.${next && next.low < 1 ? ' The range reaches below $1, so the data cannot rule out that it no longer pays back even in revenue.' : ''}`;
  else if (next && next.high >= 1)
    verdict = `At the margin it most likely brings back less revenue than it costs (${money(row.mroi)} per dollar), but the range reaches above $1, so the data cannot rule out that it still pays back in revenue: trim in small steps and watch.`;
  else
    verdict = `At the margin it brings back less revenue than it costs (${money(row.mroi)} per dollar), so a small trim would save more than it loses, whatever the margin.`;
  return { lead: `${facts} ${verdict}`, bullets: [SIZE_IT(name)] };
}

/**
 * "Should we shift money from display to search?": whether the move pays at the margin, from
 * the next dollar's return on each side; the average ROI is said too, as what not to go by.
 */
export function shiftLead(
  result: ContributionsResult,
  ctx: ComposeContext,
  order: string[],
): Lead | undefined {
  const find = (n: string | undefined) => result.channels.find((c) => c.name === n);
  const from = find(order[0]);
  const receivers = order.slice(1).map(find);
  if (!from || receivers.length === 0 || receivers.some((r) => r === undefined)) return undefined;
  const to = receivers as Row[];
  const a = ctx.label(from.name);
  const rate = recentRate(result, ctx);
  const pairs = to.map((r) => `${ratio(r.mroi)} in ${ctx.label(r.name)}`).join(' and ');
  const toNames = to.map((r) => ctx.label(r.name)).join(' and ');
  const better = to.every((r) => r.mroi > from.mroi * 1.05);
  const worse = to.every((r) => r.mroi < from.mroi * 0.95);
  const compare = `${rate}, the next dollar returns ${pairs} against ${ratio(from.mroi)} in ${a}`;
  const unsure = to.some((r) => nextDollarTie(from, r))
    ? ` Each side's 80% range holds the other's value, though, so the data do not settle it: size the move as a what-if for its range before moving much.`
    : '';
  const lead = better
    ? `At the margin, yes: ${compare}, so a modest move from ${a} to ${toNames} should bring in more ${ctx.kpi} than it gives up (the gap narrows as ${toNames} saturates).${unsure}`
    : worse
      ? `At the margin, no: ${compare}, so moving money from ${a} to ${toNames} would lose ${ctx.kpi}.${unsure}`
      : `At the margin it makes little difference: ${compare}.`;
  const averages = [from, ...to].map((r) => `${ctx.label(r.name)} ${ratio(r.roi)}`).join(', ');
  return {
    lead,
    bullets: [
      `Average ROI over ${result.period.label}: ${averages}. A move should follow the next-dollar return, not the average.`,
      `This compares the next dollar only; to size a move, ask for it as a what-if, e.g. "what if we move a fifth of ${a} to ${to[0] ? ctx.label(to[0].name) : toNames}?".`,
    ],
  };
}
