import type { WhatIfArgs } from '../agent/tool-schemas';
import { whatIfArgsSchema } from '../agent/tool-schemas';
import { invalid } from '../errors';
import type { FittedModel, Interval } from '../model/model-types';
import { applyChanges } from './apply-changes';
import { type ChangeProfit, changeProfit } from './change-profit';
import { channelLookup } from './channel-lookup';
import {
  changeIntervalAssumption,
  deltaIntervals,
  drawDeltas,
  guaranteedSign,
} from './delta-interval';
import { extrapolationWarnings } from './extrapolation';
import {
  type ChannelRelayout,
  layoutAssumption,
  relaidChannels,
  relayoutNotes,
  relayouts,
  resolveFlighting,
} from './flighting';
import { describeHorizon, type Horizon, resolveHorizon } from './horizon';
import { parseArgs } from './parse-args';
import { evaluatePlan, type SpendPlan, tailPeriods } from './plan-evaluation';
import { planTotal, referencePlan, runRateWindow } from './reference-plan';
import type { Flighting } from './spend-pattern';

/** Options beside the tool arguments. */
export interface ScenarioOptions {
  /** Named channel groups of the dataset ("social" → its social channels). */
  groups?: Record<string, string[]>;
}

/** Spend and predicted KPI of one plan over the horizon. */
export interface PlanOutcome {
  spend: SpendPlan;
  /** Baseline + media KPI over the horizon, carryover tail included. */
  kpi: number;
  /** Media KPI per channel over the horizon plus its carryover tail. */
  channelKpi: Record<string, number>;
}

/** The `what_if` contract of ARCHITECTURE.md, plus per-channel detail and the ROI of the change. */
export interface WhatIfResult {
  horizon: Horizon & { tailPeriods: number };
  reference: PlanOutcome & { basis: string };
  scenario: PlanOutcome;
  delta: {
    kpi: number;
    /** In percent of the reference KPI. */
    kpiPct: number;
    spend: number;
    /** 80% and 95% intervals on `delta.kpi` from the model's posterior draws. */
    interval: Interval[];
    /**
     * KPI gained per unit of extra spend (delta kpi / delta spend); null when total spend moves by
     * less than 1% of the reference plan (a re-split, not a change of budget).
     */
    roi: number | null;
    channels: Record<string, { spend: number; kpi: number }>;
    /** With a `margin`: what the change does to profit (margin × revenue change − spend change). */
    profit?: ChangeProfit;
  };
  /** Channels the scenario spreads evenly instead of in their recent shape (`flighting`). */
  flighting: Record<string, ChannelRelayout>;
  /** One readable line per applied change, then one per re-laid channel. */
  changes: string[];
  /** Caveats, e.g. spend beyond anything seen in the data. */
  warnings: string[];
  assumptions: string[];
}

/** Below this change of total spend (a share of the reference plan) the ROI of a change is not given. */
const SPEND_CHANGE_FOR_ROI = 0.01;

/**
 * Predicts the KPI of a scenario (changes applied to the recent run-rate, channels laid out as
 * `flighting` asks) against the reference plan over a horizon, with carryover handled explicitly
 * and an interval from the model's draws. Throws MixPilotError naming the field for unknown
 * channels, impossible moves, negative spend, or a scenario that changes nothing.
 */
export function whatIf(
  model: FittedModel,
  args: unknown,
  options: ScenarioOptions = {},
): WhatIfResult {
  precheckMoves(args);
  const parsed: WhatIfArgs = parseArgs(whatIfArgsSchema, args);
  const horizon = resolveHorizon(model.frequency, parsed.horizon);
  const channels = model.responses.map((r) => r.name);
  const lookup = channelLookup(channels, options.groups);
  const flighting = resolveFlighting(parsed.flighting, lookup, horizon, model.frequency);
  if (parsed.changes.length === 0 && relaidChannels(flighting).length === 0) {
    throw invalid(
      'changes',
      'give at least one change (move, scale, set, add or total), or a flighting that lays a channel out anew ({"tv": "even"} or {"tv": "bursts"})',
      'invalid_input',
    );
  }
  const reference = referencePlan(model, horizon.periods);
  const applied = applyChanges(reference, parsed.changes, lookup);
  const result = compareWhatIf(model, horizon, reference, applied.plan, applied.notes, flighting);
  if (parsed.margin !== undefined) {
    const d = result.delta;
    d.profit = changeProfit(parsed.margin, model.kpiType, d.kpi, d.spend, d.interval);
  }
  return result;
}

/**
 * What-if between two explicit plans (e.g. the current and an optimized one): the reference laid
 * out historically, the scenario as `flighting` says (historically for channels it leaves out).
 */
export function compareWhatIf(
  model: FittedModel,
  horizon: Horizon,
  reference: SpendPlan,
  scenario: SpendPlan,
  changes: string[] = [],
  flighting: Flighting = {},
): WhatIfResult {
  const ref = evaluatePlan(model, reference, horizon.periods);
  const scen = evaluatePlan(model, scenario, horizon.periods, flighting);
  const deltaKpi = scen.kpi - ref.kpi;
  const deltaSpend = planTotal(scenario) - planTotal(reference);
  const deltas = drawDeltas(model, reference, scenario, horizon.periods, flighting);
  const { intervals, widened } = deltaIntervals(
    deltaKpi,
    deltas,
    model.frequency,
    guaranteedSign(reference, scenario, flighting),
  );
  const relaid = relayouts(model, scenario, horizon, flighting);
  const perChannel: Record<string, { spend: number; kpi: number }> = {};
  for (const c of Object.keys(ref.channels)) {
    perChannel[c] = {
      spend: (scenario[c] ?? 0) - (reference[c] ?? 0),
      kpi: (scen.channels[c] ?? 0) - (ref.channels[c] ?? 0),
    };
  }
  const tail = tailPeriods(model.responses);
  const basis = referenceBasis(model, horizon);
  return {
    horizon: { ...horizon, tailPeriods: tail },
    reference: { spend: reference, kpi: ref.kpi, channelKpi: ref.channels, basis },
    scenario: { spend: scenario, kpi: scen.kpi, channelKpi: scen.channels },
    delta: {
      kpi: deltaKpi,
      kpiPct: ref.kpi !== 0 ? (deltaKpi / ref.kpi) * 100 : 0,
      spend: deltaSpend,
      interval: intervals,
      // A ratio over a change of spend this small is noise (-666 per $1 for a re-split that
      // moved total spend by 0.1%), so none is given.
      roi:
        Math.abs(deltaSpend) >= SPEND_CHANGE_FOR_ROI * Math.max(1, planTotal(reference))
          ? deltaKpi / deltaSpend
          : null,
      channels: perChannel,
    },
    flighting: relaid,
    changes: [...changes, ...relayoutNotes(relaid, horizon)],
    warnings: extrapolationWarnings(model, scenario, horizon, flighting, reference),
    assumptions: whatIfAssumptions(model, horizon, tail, basis, deltas.length, widened, relaid),
  };
}

function referenceBasis(model: FittedModel, horizon: Horizon): string {
  const window = runRateWindow(model, horizon.periods);
  return window === horizon.periods
    ? `recent run-rate: the last ${describeHorizon(horizon)} of data again, each channel ${horizon.unit} by ${horizon.unit}`
    : `recent run-rate: average spend per ${horizon.unit} over the last ${describeHorizon({ ...horizon, periods: window })} of data, times ${horizon.periods}`;
}

function whatIfAssumptions(
  model: FittedModel,
  horizon: Horizon,
  tail: number,
  basis: string,
  draws: number,
  widened: boolean,
  relaid: Record<string, ChannelRelayout>,
): string[] {
  const after = model.dates[model.dates.length - 1];
  const h = describeHorizon(horizon);
  const lines = [
    `Horizon: the ${h} after the last date of the data${after ? ` (${after})` : ''}; each channel's spend is laid out over its periods in the shape of the channel's last ${h} of data (its bursts and pauses kept, scaled to the amount; evenly when the data are shorter or the channel spent nothing then).${layoutAssumption(relaid, horizon)}`,
    `Reference plan: the ${basis}.`,
    `Carryover in: spend from the last periods of data keeps acting in the first periods of the horizon, identically for both plans.`,
    tail > 0
      ? `Carryover out: effects of horizon spend that land in the ${describeHorizon({ ...horizon, periods: tail })} after the horizon are counted, assuming no spend after it.`
      : 'Carryover out: none; the channels have no lagged effect.',
    `Baseline (non-media KPI): the mean fitted baseline of the last ${h} of data, times ${horizon.periods}; the same for both plans, so it cancels in the change.`,
    changeIntervalAssumption(model.frequency, draws, widened),
  ];
  return lines;
}

/** Gives a move of more than 100% a message naming the channel before generic validation. */
function precheckMoves(args: unknown): void {
  const changes = (args as { changes?: unknown } | null)?.changes;
  if (!Array.isArray(changes)) return;
  changes.forEach((raw, i) => {
    const c = raw as { type?: unknown; percent?: unknown; from?: unknown };
    if (c?.type === 'move' && typeof c.percent === 'number' && c.percent > 100) {
      throw invalid(
        `changes[${i}].percent`,
        `cannot move more than 100% of ${String(c.from)} (asked for ${c.percent}%)`,
        'invalid_input',
      );
    }
  });
}
