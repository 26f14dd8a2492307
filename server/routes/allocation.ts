import type { ActiveModel } from '../../agent';
import {
  channelLookup,
  compareWhatIf,
  type Flighting,
  isMixPilotError,
  MixPilotError,
  referencePlan,
  resolveChannels,
  resolveFlighting,
  resolveHorizon,
  type WhatIfResult,
} from '../../tools';

type SpendPlan = Record<string, number>;

function unknownChannel(key: string, reason: string): MixPilotError {
  return new MixPilotError('unprocessable', `allocation.${key}: ${reason}`, {
    issues: [{ field: `allocation.${key}`, reason }],
  });
}

/**
 * Maps an allocation keyed by channels as people write them ("tv", "Facebook") to the model's
 * channel columns. A name that matches no channel, or a group of several, is a 422 naming it.
 */
export function resolveAllocation(active: ActiveModel, allocation: SpendPlan): SpendPlan {
  const channels = active.model.responses.map((r) => r.name);
  const groups = active.dataset.schema.groups ?? {};
  const plan: SpendPlan = {};
  for (const [key, spend] of Object.entries(allocation)) {
    let channel = channels.includes(key) ? key : undefined;
    if (!channel) {
      let matches: string[];
      try {
        matches = resolveChannels(key, channels, groups);
      } catch (error) {
        if (isMixPilotError(error)) throw unknownChannel(key, error.message);
        throw error;
      }
      if (matches.length !== 1)
        throw unknownChannel(
          key,
          `names ${matches.length} channels (${matches.join(', ')}); give one channel`,
        );
      channel = matches[0] as string;
    }
    if (channel in plan) throw unknownChannel(key, `channel ${channel} is given twice`);
    plan[channel] = spend;
  }
  return plan;
}

/**
 * The what-if of an allocation against the reference (run-rate) plan over the horizon; channels
 * the allocation leaves out keep their reference spend. `flighting` lays channels of the scenario
 * out evenly or in regular bursts (keys resolved as the what_if tool's are; an unknown one is a 422 naming
 * `flighting.<key>`); the reference keeps its recent bursts.
 */
export function predictAllocation(
  active: ActiveModel,
  allocation: SpendPlan,
  horizonPeriods?: number,
  base?: SpendPlan,
  flighting?: Flighting,
): WhatIfResult {
  const horizon = resolveHorizon(active.model.frequency, horizonPeriods);
  const reference = referencePlan(active.model, horizon.periods);
  const scenario = { ...reference, ...(base ?? {}), ...resolveAllocation(active, allocation) };
  const lookup = channelLookup(
    active.model.responses.map((r) => r.name),
    active.dataset.schema.groups ?? {},
  );
  const layouts = resolveFlighting(flighting, lookup, horizon, active.model.frequency);
  return compareWhatIf(active.model, horizon, reference, scenario, [], layouts);
}
