import type { Dataset } from '../data/dataset-types';
import { adstockWeights } from '../model/channel-response';
import type { ChannelResponseModel, FittedModel } from '../model/model-types';
import type { SpendPlan } from '../scenario/plan-evaluation';
import { channelPattern, type Flighting } from '../scenario/spend-pattern';
import { convolveLags } from '../transforms/convolve';
import { saturationScale, simSaturate } from './simulate-dataset';
import type { SimulationSpec, SimulationTruth } from './simulation-types';

/**
 * A fitted model with its channel responses replaced by the simulator's true ones and no draws,
 * to run the scenario tools on the truth. Undefined when a channel's true curve is not Hill (the
 * logistic worlds), which a channel response cannot express; `truePlanMedia` scores any world.
 */
export function trueModel(
  model: FittedModel,
  spec: SimulationSpec,
  dataset: Dataset,
  truth: SimulationTruth,
): FittedModel | undefined {
  const responses: ChannelResponseModel[] = [];
  for (const c of spec.channels) {
    if (c.saturation.type !== 'hill') return undefined;
    const { gamma } = saturationScale(c, dataset.spend[c.name] ?? []);
    responses.push({
      name: c.name,
      adstock: c.adstock,
      saturation: { type: 'hill', alpha: c.saturation.alpha, gamma },
      beta: truth.channels[c.name]?.beta ?? 0,
    });
  }
  return { ...model, responses, draws: [] };
}

/**
 * True media KPI of a spend plan over `periods` after the data, by the simulator's own curves:
 * each channel's total laid out by its spend pattern in the layout `flighting` gives it, after
 * its data-window spend (carryover in), then no spend for the longest true lag (carryover out
 * counted), as `evaluatePlan` does for a model. The difference between two plans is the true
 * effect of the change.
 */
export function truePlanMedia(
  spec: SimulationSpec,
  dataset: Dataset,
  truth: SimulationTruth,
  plan: SpendPlan,
  periods: number,
  flighting: Flighting = {},
): number {
  const tail = Math.max(0, ...spec.channels.map((c) => c.adstock.maxLag - 1));
  let sum = 0;
  for (const c of spec.channels) {
    const history = dataset.spend[c.name] ?? [];
    const { gamma, max } = saturationScale(c, history);
    const series = new Float64Array(history.length + periods + tail);
    series.set(history);
    channelPattern(flighting, c.name, history, periods).forEach((share, i) => {
      series[history.length + i] = (plan[c.name] ?? 0) * share;
    });
    const adstocked = convolveLags(series, adstockWeights(c.adstock));
    const beta = truth.channels[c.name]?.beta ?? 0;
    for (let t = history.length; t < series.length; t++)
      sum += beta * simSaturate(adstocked[t] as number, c.saturation, gamma, max);
  }
  return sum;
}

/**
 * The simulator's true next-dollar ROI of a channel at a steady spend per period (carryover
 * settled, so the adstocked spend equals the spend): the derivative of its true curve, by a
 * central difference, for every saturation family the simulator draws.
 */
export function trueSteadyMarginal(
  spec: SimulationSpec,
  dataset: Dataset,
  truth: SimulationTruth,
  channel: string,
  spend: number,
): number {
  const c = spec.channels.find((ch) => ch.name === channel);
  if (!c) throw new Error(`no channel ${channel} in the simulation`);
  const { gamma, max } = saturationScale(c, dataset.spend[c.name] ?? []);
  const beta = truth.channels[c.name]?.beta ?? 0;
  const h = 1e-4 * Math.max(spend, gamma, 1);
  const at = (x: number) => beta * simSaturate(Math.max(0, x), c.saturation, gamma, max);
  return spend > h ? (at(spend + h) - at(spend - h)) / (2 * h) : (at(spend + h) - at(spend)) / h;
}

/** The simulator's true share of a channel's effect that lands after the period of spend. */
export function trueCarryover(spec: SimulationSpec, channel: string): number {
  const c = spec.channels.find((ch) => ch.name === channel);
  if (!c) throw new Error(`no channel ${channel} in the simulation`);
  return 1 - (adstockWeights(c.adstock)[0] ?? 1);
}
