import type { BudgetConstraints, OptimizeArgs } from '../agent/tool-schemas';
import { invalid } from '../errors';
import type { ChannelResponseModel, FittedModel } from '../model/model-types';
import type { ChannelLookup } from '../scenario/channel-lookup';
import { channelLookup, lookupAll } from '../scenario/channel-lookup';
import { relaidChannels, resolveFlighting } from '../scenario/flighting';
import { formatMoney } from '../scenario/format';
import { type Horizon, resolveHorizon } from '../scenario/horizon';
import { adstockShape, type HorizonCurve, horizonCurve } from '../scenario/horizon-curve';
import { evaluatePlan, type SpendPlan, tailPeriods } from '../scenario/plan-evaluation';
import { referencePlan } from '../scenario/reference-plan';
import { choiceOf, type Flighting } from '../scenario/spend-pattern';
import type { ChannelLimits, Limit } from './bounds';

/** Everything the optimizer needs, resolved from a model and the tool arguments. */
export interface AllocationProblem {
  model: FittedModel;
  horizon: Horizon;
  tail: number;
  /** The reference plan (recent run-rate) of every channel. */
  reference: SpendPlan;
  /** Channels whose spend is optimized, in model order. */
  allocated: string[];
  /**
   * How the plans being searched lay each channel out (`flighting`; none: every channel as it
   * ran); the reference plan keeps its recent shape whatever it says.
   */
  flighting?: Flighting;
  /** Horizon curve of each allocated channel, in the layout `flighting` gives it. */
  curves: HorizonCurve[];
  limits: ChannelLimits[];
  /** Reference total of the allocated channels. */
  referenceTotal: number;
  /** KPI that does not depend on the allocation: baseline + channels not allocated, as laid out. */
  fixedKpi: number;
  /** KPI of the reference plan over the horizon. */
  referenceKpi: number;
}

/** Resolves channels and constraints against the model and precomputes the response curves. */
export function buildProblem(
  model: FittedModel,
  args: OptimizeArgs,
  groups: Record<string, string[]> = {},
): AllocationProblem {
  const names = model.responses.map((r) => r.name);
  const lookup = channelLookup(names, groups);
  const horizon = resolveHorizon(model.frequency, args.horizon);
  const tail = tailPeriods(model.responses);
  const reference = referencePlan(model, horizon.periods);
  const chosen = args.channels ? lookupAll(lookup, args.channels, 'channels') : names;
  const allocated = names.filter((c) => chosen.includes(c));
  const limits = channelLimits(allocated, reference, args.constraints ?? {}, lookup);
  const flighting = resolveFlighting(args.flighting, lookup, horizon, model.frequency);
  const curves = model.responses
    .filter((r) => allocated.includes(r.name))
    .map((r) => layoutCurve(model, r, horizon.periods, tail, flighting));
  const refEval = evaluatePlan(model, reference, horizon.periods);
  // A channel kept at its reference spend but laid out anew is laid out so in every plan searched.
  const kept =
    relaidChannels(flighting).length > 0
      ? evaluatePlan(model, reference, horizon.periods, flighting)
      : refEval;
  let fixedKpi = kept.baseline;
  for (const c of names) if (!allocated.includes(c)) fixedKpi += kept.channels[c] ?? 0;
  return {
    model,
    horizon,
    tail,
    reference,
    allocated,
    flighting,
    curves,
    limits,
    referenceTotal: allocated.reduce((s, c) => s + (reference[c] ?? 0), 0),
    fixedKpi,
    referenceKpi: refEval.kpi,
  };
}

/** A channel's horizon curve with its total laid out over the periods as `flighting` says. */
export function layoutCurve(
  model: FittedModel,
  response: ChannelResponseModel,
  periods: number,
  tail: number,
  flighting: Flighting,
): HorizonCurve {
  const history = model.spendHistory[response.name] ?? [];
  const choice = choiceOf(flighting, response.name);
  const shape = adstockShape(response.adstock, periods, history, tail, choice);
  return horizonCurve(response, periods, history, tail, shape);
}

type Keyed = 'min' | 'max' | 'minMultiple' | 'maxMultiple' | 'minShare' | 'maxShare';

function channelLimits(
  allocated: string[],
  reference: SpendPlan,
  constraints: BudgetConstraints,
  lookup: ChannelLookup,
): ChannelLimits[] {
  const limits = new Map<string, ChannelLimits>();
  for (const c of allocated) {
    limits.set(c, {
      name: c,
      reference: reference[c] ?? 0,
      floor: { value: 0, source: 'zero', field: '' },
      cap: { value: Number.POSITIVE_INFINITY, source: 'none', field: '' },
      locked: false,
    });
  }
  const target = (key: Keyed | 'locked', name: string, index?: number): ChannelLimits => {
    const field =
      index === undefined ? `constraints.${key}.${name}` : `constraints.${key}[${index}]`;
    const found = lookup(name, field);
    if (found.length !== 1) {
      throw invalid(
        field,
        `'${name}' means ${found.join(', ')}; a constraint applies to one channel, name each`,
        'invalid_input',
      );
    }
    const limit = limits.get(found[0] as string);
    if (!limit) {
      throw invalid(
        field,
        `${found[0]} is not among the channels being allocated (${allocated.join(', ')})`,
        'invalid_input',
      );
    }
    return limit;
  };
  const each = (key: Keyed, apply: (l: ChannelLimits, v: number, field: string) => void) => {
    for (const [name, v] of Object.entries(constraints[key] ?? {})) {
      apply(target(key, name), v, `constraints.${key}.${name}`);
    }
  };
  const raise = (l: ChannelLimits, value: number, source: string, field: string) => {
    l.floor = pick(l.floor, { value, source, field }, true);
  };
  const lower = (l: ChannelLimits, value: number, source: string, field: string) => {
    l.cap = pick(l.cap, { value, source, field }, false);
  };
  each('min', (l, v, f) => raise(l, v, 'min', f));
  each('minMultiple', (l, v, f) => raise(l, v * l.reference, `min ${v}× reference`, f));
  each('max', (l, v, f) => lower(l, v, 'max', f));
  each('maxMultiple', (l, v, f) => lower(l, v * l.reference, `max ${v}× reference`, f));
  each('minShare', (l, v) => {
    l.minShare = v;
  });
  each('maxShare', (l, v) => {
    l.maxShare = v;
  });
  (constraints.locked ?? []).forEach((name, i) => {
    const field = `constraints.locked[${i}]`;
    for (const c of lookup(name, field)) {
      const l = limits.get(c) ?? target('locked', c, i);
      l.locked = true;
      const at: Limit = { value: l.reference, source: 'locked at reference', field };
      if (at.value < l.floor.value || at.value > l.cap.value) {
        const other = at.value < l.floor.value ? l.floor : l.cap;
        throw invalid(
          field,
          `${c} is locked at its reference ${formatMoney(at.value)}, which clashes with its ${other.source} of ${formatMoney(other.value)} (${other.field})`,
        );
      }
      l.floor = at;
      l.cap = at;
    }
  });
  return [...limits.values()];
}

function pick(current: Limit, next: Limit, floor: boolean): Limit {
  if (current.field === '') return next;
  return floor
    ? next.value > current.value
      ? next
      : current
    : next.value < current.value
      ? next
      : current;
}
