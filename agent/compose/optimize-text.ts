import { changeRange } from './change-range';
import { type ComposeContext, type Composed, caveatsFor } from './composed';
import {
  type FlightingView,
  laidOutAnew,
  layoutClause,
  layoutName,
  layoutsOf,
  spreadPhrase,
} from './flighting-text';
import { kpiAmount, money, percent, ratio, signedKpi, signedPercent, span } from './format';
import { warningBullets } from './warnings-text';
import { pctAsFraction } from './what-if-text';

/** The `optimize_budget` result contract of ../shared/ARCHITECTURE.md (fields this composer reads). */
export interface OptimizeResultView {
  objective: string;
  budget: number;
  current: { spend: Record<string, number>; kpi: number };
  optimal: { spend: Record<string, number>; kpi: number };
  /** `interval`: 80% and 95% intervals on the change from the model's draws, when it has them. */
  delta: { kpi: number; kpiPct: number; spend?: number; interval?: unknown };
  marginalRoi: Record<string, number>;
  binding: unknown[];
  explanation: string[];
  horizon?: { periods: number; unit: string };
  /** Channels whose spend was optimized; the others stay at their current spend. */
  channels?: string[];
  summary?: string[];
  budgetCurve?: { budget: number; kpi: number }[];
  /** Profit (margin × KPI − total spend) for max_profit. */
  profit?: { margin: number; current: number; optimal: number };
  /** The same budget in today's proportions, when the plan's budget differs from today's. */
  sameBudget?: { kpi: number; delta: { kpi: number; interval?: unknown } };
  /** Parts of the plan the model extrapolates (spend past the most the data saw). */
  warnings?: string[];
  /** Channels the plan lays out evenly (always-on) or in regular bursts instead of in their recent shape. */
  flighting?: FlightingView;
}

const OBJECTIVE_TEXT: Record<string, string> = {
  max_kpi: 'The best split',
  max_profit: 'The most profitable split',
  target_roas: 'The largest budget that keeps marginal ROAS on target',
  target_kpi: 'The smallest budget that reaches the target',
};

/**
 * " Against the same $1M spent in today's proportions, this split makes +$190k (80% range …):
 * what the split itself is worth." A budget unlike today's mixes a cut (or a rise) with the
 * re-split; this separates them.
 */
function sameBudgetText(result: OptimizeResultView, ctx: ComposeContext): string {
  const same = result.sameBudget;
  if (!same) return '';
  const range = changeRange(same.delta.interval, ctx);
  const verb = same.delta.kpi >= 0 ? 'makes' : 'changes revenue by';
  const what = ctx.kpiType === 'revenue' ? verb : `changes ${ctx.kpi} by`;
  return ` Against the same ${money(result.budget)} spent in today's proportions, this split ${what} ${signedKpi(same.delta.kpi, ctx.kpiType)}${range?.text ?? ''}: that is what the split itself is worth${range?.spansZero ? ', and the model cannot say for sure that it is more than nothing' : ''}.`;
}

/**
 * "Where should the next $100k go?": when the plan only adds to today's spend, the lead says
 * where the extra goes and what it brings, rather than listing the whole larger split.
 */
function extraLead(
  result: OptimizeResultView,
  allocated: string[],
  currentTotal: number,
  horizon: string,
  change: string,
  ctx: ComposeContext,
): string | undefined {
  const added = (c: string) => (result.optimal.spend[c] ?? 0) - (result.current.spend[c] ?? 0);
  const extra = result.delta.spend;
  if (
    result.objective !== 'max_kpi' ||
    extra === undefined ||
    result.budget <= currentTotal * 1.005 ||
    result.flighting ||
    allocated.some((c) => added(c) < -1)
  )
    return undefined;
  const to = allocated.filter((c) => added(c) > 1).sort((a, b) => added(b) - added(a));
  if (to.length === 0) return undefined;
  const where =
    to.length === 1
      ? `All of the extra ${money(extra)}${horizon} goes to ${ctx.label(to[0] as string)}`
      : `The extra ${money(extra)}${horizon} goes to ${to.map((c) => `${ctx.label(c)} (${money(added(c))})`).join(', ')}`;
  const gain = result.sameBudget?.delta.kpi ?? 0;
  const same =
    gain > 0
      ? ` Spread over the channels in today's proportions instead, it would bring ${kpiAmount(gain, ctx.kpiType)} less.`
      : '';
  return `${where}: ${change}.${same}`;
}

export function composeOptimize(
  result: OptimizeResultView,
  ctx: ComposeContext,
  args: { budget?: unknown } = {},
): Composed {
  const channels = Object.keys({ ...result.current.spend, ...result.optimal.spend });
  const allocated = result.channels && result.channels.length > 0 ? result.channels : channels;
  const kept = channels.filter((c) => !allocated.includes(c));
  const pct = pctAsFraction(result.delta.kpiPct, result.delta.kpi, result.current.kpi);
  const horizon = result.horizon
    ? ` over ${span(result.horizon.periods, result.horizon.unit)}`
    : '';
  const split = [...allocated]
    .sort((a, b) => (result.optimal.spend[b] ?? 0) - (result.optimal.spend[a] ?? 0))
    .map((c) => `${ctx.label(c)} ${money(result.optimal.spend[c] ?? 0)}`)
    .join(', ');
  // "split $1.5M at a 30% margin" whose most profitable plan spends $276k: said first.
  const offered = typeof args.budget === 'number' ? args.budget : undefined;
  const underspent =
    result.objective === 'max_profit' && offered !== undefined && offered > result.budget * 1.005;
  const head = OBJECTIVE_TEXT[result.objective] ?? 'The recommended split';
  const currentTotal = allocated.reduce((sum, c) => sum + (result.current.spend[c] ?? 0), 0);
  const range = changeRange(result.delta.interval, ctx);
  const change = `${ctx.kpi} changes by ${signedKpi(result.delta.kpi, ctx.kpiType)} (${signedPercent(pct)}) against the current plan${range?.text ?? ''}`;
  const context =
    result.budget < currentTotal * 0.995
      ? `That is less than these channels get now, so ${change}.`
      : result.budget > currentTotal * 1.005
        ? `That is more than these channels get now; ${change}.`
        : `With the same money, ${change}.`;
  // A profit plan is judged by its profit, and chooses its own total: both are said first.
  const same = sameBudgetText(result, ctx);
  const profit = result.profit
    ? ` Profit (${percent(result.profit.margin)} margin × ${ctx.kpi} − spend) goes from ${money(result.profit.current)} with the current plan to ${money(result.profit.optimal)}.`
    : '';
  const relaid = laidOutAnew(result.flighting);
  const laidOut = layoutClause(
    relaid,
    result.flighting,
    result.horizon?.unit ?? ctx.unit,
    ctx.label,
  );
  const lead =
    extraLead(result, allocated, currentTotal, horizon, change, ctx) ??
    (underspent
      ? `Of the ${money(offered)} available, the most profitable plan spends ${money(result.budget)}${horizon}${laidOut}: ${split}; past that, each further $1 earns back less than it costs in margin. ${context}${same}${profit}`
      : `${head} of ${money(result.budget)}${horizon}${laidOut}: ${split}. ${context}${same}${profit}`);
  const bullets = [
    ...(range?.spansZero
      ? [
          `The 80% range includes no change: the model cannot say for sure that this split does better than the current plan.`,
        ]
      : []),
    ...layoutBullets(result, relaid, ctx),
    ...(result.objective !== 'max_kpi' ? (result.summary ?? []).slice(0, 1) : []),
    ...result.explanation.filter((line) => !kept.some((c) => line.startsWith(c))).slice(0, 6),
  ];
  if (kept.length > 0)
    bullets.push(`${kept.map(ctx.label).join(' and ')} stay at their current spend.`);
  const binding = result.binding.map((b) => (typeof b === 'string' ? b : JSON.stringify(b)));
  if (binding.length > 0) bullets.push(`Limits that bind: ${binding.slice(0, 4).join('; ')}.`);
  bullets.push(...warningBullets(result.warnings, ctx));
  const moved = channels.filter(
    (c) => Math.abs((result.optimal.spend[c] ?? 0) - (result.current.spend[c] ?? 0)) > 1,
  );
  bullets.push(...caveatsFor(moved, ctx));
  const rows = channels.map((c) => [
    ctx.label(c),
    Math.round(result.current.spend[c] ?? 0),
    Math.round(result.optimal.spend[c] ?? 0),
    Math.round((result.optimal.spend[c] ?? 0) - (result.current.spend[c] ?? 0)),
    ratio(result.marginalRoi[c] ?? 0),
  ]);
  const parts: Composed['parts'] = [
    {
      type: 'table',
      title: 'Current plan vs recommended',
      columns: ['Channel', 'Current', 'Recommended', 'Change', 'Marginal ROI'],
      rows,
    },
    {
      type: 'chart',
      kind: 'scenario',
      title: 'Spend by channel: current vs recommended',
      xLabel: 'Channel',
      yLabel: 'Spend',
      categories: channels.map(ctx.label),
      series: [
        { name: 'Current', points: channels.map((c, i) => [i, result.current.spend[c] ?? 0]) },
        { name: 'Recommended', points: channels.map((c, i) => [i, result.optimal.spend[c] ?? 0]) },
      ],
    },
  ];
  const flighting = layoutsOf(result.flighting);
  if (result.horizon)
    parts.push({
      type: 'scenario',
      horizon: result.horizon,
      reference: result.current.spend,
      scenario: result.optimal.spend,
      // The sliders predict with the layout the plan was found under.
      ...(Object.keys(flighting).length > 0 ? { flighting } : {}),
    });
  if (result.budgetCurve && result.budgetCurve.length > 1) {
    parts.push({
      type: 'chart',
      kind: 'budget_curve',
      title: `Best ${ctx.kpi} at each total budget`,
      xLabel: 'Total budget',
      yLabel: ctx.kpi,
      series: [
        { name: 'Optimally allocated', points: result.budgetCurve.map((p) => [p.budget, p.kpi]) },
      ],
    });
  }
  return { lead, bullets, parts };
}

/**
 * One line per channel the plan lays out anew: its weekly level and how it ran before, or that
 * the best split gives it nothing so laid out; then that the current plan keeps its recent shape.
 */
function layoutBullets(
  result: OptimizeResultView,
  relaid: string[],
  ctx: ComposeContext,
): string[] {
  if (relaid.length === 0) return [];
  const unit = result.horizon?.unit ?? ctx.unit;
  const lines = Object.entries(result.flighting ?? {})
    .filter(([c]) => relaid.includes(c))
    .map(([c, f]) =>
      f.perPeriod > 0
        ? `${ctx.label(c)}: ${spreadPhrase(f, unit, result.horizon?.periods)}.`
        : `${ctx.label(c)}: ${layoutName(f, unit)}, the best split gives it nothing.`,
    );
  const many = relaid.length > 1;
  lines.push(
    `The current plan it is compared with keeps ${relaid.map(ctx.label).join(' and ')} in ${many ? 'their' : 'its'} recent shape.`,
  );
  return lines;
}
