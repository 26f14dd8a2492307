import type { ScenarioChange } from '../../tools';
import type { AnswerPart } from '../agent-types';
import { changeRange } from './change-range';
import { changeReturnLine } from './change-return-text';
import { type ComposeContext, type Composed, caveatsFor } from './composed';
import { type FlightingView, laidOutSpent, layoutsOf, spreadPhrase } from './flighting-text';
import { kpiAmount, money, percent, signedKpi, signedPercent, span } from './format';
import { warningBullets } from './warnings-text';

/** The `what_if` result contract of ../shared/ARCHITECTURE.md (fields this composer reads). */
export interface WhatIfResultView {
  horizon: { periods: number; unit: string };
  reference: { spend: Record<string, number>; kpi: number };
  scenario: { spend: Record<string, number>; kpi: number };
  delta: {
    kpi: number;
    kpiPct: number;
    spend: number;
    interval?: unknown;
    roi?: number | null;
    /** With a margin: profit = margin × revenue change − spend change, and its range. */
    profit?: { margin: number; value: number; interval?: unknown };
  };
  assumptions: string[];
  /** Parts of the plan the model extrapolates (spend past the most the data saw). */
  warnings?: string[];
  /** Channels the scenario lays out evenly or in regular bursts instead of in their recent shape. */
  flighting?: FlightingView;
}

/**
 * Says in words what a list of scenario changes does, then which channels it spreads evenly and
 * which it runs in bursts.
 */
export function describeChanges(
  changes: ScenarioChange[],
  label: (c: string) => string,
  spread: string[] = [],
  bursts: string[] = [],
): string {
  const parts = changes.map((c) => {
    switch (c.type) {
      case 'move': {
        const to = Array.isArray(c.to) ? c.to.map(label).join(' and ') : label(c.to);
        const what =
          c.percent !== undefined
            ? `${c.percent}% of ${label(c.from)}`
            : `${money(c.amount ?? 0)} of ${label(c.from)}`;
        return `moving ${what} to ${to}`;
      }
      case 'scale':
        return c.percent === -100
          ? `switching off ${label(c.channel)}`
          : `${c.percent >= 0 ? 'raising' : 'cutting'} ${label(c.channel)} by ${Math.abs(c.percent)}%`;
      case 'set':
        return c.amount === 0
          ? `switching off ${label(c.channel)}`
          : `setting ${label(c.channel)} to ${money(c.amount)}`;
      case 'add':
        return c.amount >= 0
          ? `adding ${money(c.amount)} to ${label(c.channel)}`
          : `cutting ${money(-c.amount)} from ${label(c.channel)}`;
      case 'total':
        return c.percent === -100
          ? 'switching off all paid media'
          : `${c.percent >= 0 ? 'raising' : 'cutting'} the total budget by ${Math.abs(c.percent)}%`;
      default:
        return 'changing the plan';
    }
  });
  if (spread.length > 0) parts.push(`spreading ${spread.map(label).join(' and ')} evenly`);
  if (bursts.length > 0) parts.push(`running ${bursts.map(label).join(' and ')} in bursts`);
  const text = parts.join(', then ') || 'the scenario';
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fraction of change: tools may give kpiPct as a fraction or in points; take it back to a fraction. */
export function pctAsFraction(kpiPct: number, delta: number, base: number): number {
  const implied = base ? delta / base : 0;
  return Math.abs(kpiPct - implied) <= Math.abs(kpiPct / 100 - implied) ? kpiPct : kpiPct / 100;
}

/**
 * The model is national: a change asked for some regions is simulated everywhere, so the answer
 * says what its figures cover and that those regions alone would move only part of them.
 */
function regionalAssumption(change: string, regions: string) {
  const lower = change.charAt(0).toLowerCase() + change.slice(1);
  return `Assumption: the model is national, with no regional breakdown, so these figures are for ${lower} everywhere; the same change in ${regions} only would move just part of them.`;
}

export function composeWhatIf(
  result: WhatIfResultView,
  args: { changes: ScenarioChange[] },
  ctx: ComposeContext,
): Composed {
  const { delta, reference, scenario, horizon } = result;
  const pct = pctAsFraction(delta.kpiPct, delta.kpi, reference.kpi);
  const range = changeRange(delta.interval, ctx);
  const rangeText = range?.text ?? '';
  const verb = delta.kpi >= 0 ? 'raise' : 'lower';
  const spread = laidOutSpent(result.flighting, 'even');
  const bursts = laidOutSpent(result.flighting, 'bursts');
  const relaid = [...spread, ...bursts];
  const what = describeChanges(args.changes, ctx.label, spread, bursts);
  const profit = delta.profit
    ? ` At a ${percent(delta.profit.margin)} margin, profit (margin × revenue − spend) changes by ${signedKpi(delta.profit.value, 'revenue')}${changeRange(delta.profit.interval, ctx)?.text ?? ''}.`
    : '';
  const lead = `${what} would ${verb} ${ctx.kpi} by ${kpiAmount(Math.abs(delta.kpi), ctx.kpiType)} (${signedPercent(pct)}) over the next ${span(horizon.periods, horizon.unit)}${rangeText}.${profit}`;
  const channels = Object.keys({ ...reference.spend, ...scenario.spend });
  const moved = channels.filter(
    (c) => Math.abs((scenario.spend[c] ?? 0) - (reference.spend[c] ?? 0)) > 1e-6,
  );
  const changed = channels.filter((c) => moved.includes(c) || relaid.includes(c));
  const bullets: string[] = [];
  if (ctx.regions) bullets.push(regionalAssumption(what, ctx.regions));
  if (range?.spansZero) {
    bullets.push(
      `The 80% range includes no change: the model cannot say for sure which way this moves ${ctx.kpi}.`,
    );
  }
  bullets.push(
    ...changed.map((c) => {
      const relayout = relaid.includes(c) ? result.flighting?.[c] : undefined;
      const parts = [
        ...(moved.includes(c)
          ? [`${money(reference.spend[c] ?? 0)} → ${money(scenario.spend[c] ?? 0)}`]
          : []),
        ...(relayout ? [spreadPhrase(relayout, horizon.unit, horizon.periods)] : []),
      ];
      return `${ctx.label(c)}: ${parts.join(', ')}`;
    }),
  );
  const pays = changeReturnLine(delta, ctx);
  if (pays) bullets.push(pays);
  bullets.push(
    `${ctx.kpi.charAt(0).toUpperCase()}${ctx.kpi.slice(1)} over the horizon: ${kpiAmount(reference.kpi, ctx.kpiType)} on the current plan, ${kpiAmount(scenario.kpi, ctx.kpiType)} with the change.`,
  );
  bullets.push(...warningBullets(result.warnings, ctx));
  bullets.push(...result.assumptions.slice(0, 2).map((a) => `Assumption: ${a}`));
  bullets.push(...caveatsFor(changed, ctx));
  const rows = channels.map((c) => [
    ctx.label(c),
    Math.round(reference.spend[c] ?? 0),
    Math.round(scenario.spend[c] ?? 0),
    Math.round((scenario.spend[c] ?? 0) - (reference.spend[c] ?? 0)),
  ]);
  return {
    lead,
    bullets,
    parts: [
      {
        type: 'table',
        title: `Spend over ${span(horizon.periods, horizon.unit)}`,
        columns: ['Channel', 'Current plan', 'Scenario', 'Change'],
        rows,
      },
      {
        type: 'chart',
        kind: 'scenario',
        title: 'Spend by channel: current plan vs scenario',
        xLabel: 'Channel',
        yLabel: 'Spend',
        categories: channels.map(ctx.label),
        series: [
          { name: 'Current plan', points: channels.map((c, i) => [i, reference.spend[c] ?? 0]) },
          { name: 'Scenario', points: channels.map((c, i) => [i, scenario.spend[c] ?? 0]) },
        ],
      },
      scenarioPart(result),
    ],
  };
}

/** The slider card's part: both plans, and the layout the sliders must predict with. */
function scenarioPart(result: WhatIfResultView): AnswerPart {
  const { horizon, reference, scenario } = result;
  const flighting = layoutsOf(result.flighting);
  return {
    type: 'scenario',
    horizon,
    reference: reference.spend,
    scenario: scenario.spend,
    ...(Object.keys(flighting).length > 0 ? { flighting } : {}),
  };
}
