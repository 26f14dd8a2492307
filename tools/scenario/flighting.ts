import { invalid } from '../errors';
import type { FittedModel } from '../model/model-types';
import type { ChannelLookup } from './channel-lookup';
import { formatMoney } from './format';
import { describeHorizon, type Horizon } from './horizon';
import type { SpendPlan } from './plan-evaluation';
import { type Flighting, type Layout, layoutOf, spendPattern } from './spend-pattern';

/** How a channel ran over its last horizon-length window of data. */
export type RecentShape = 'bursts' | 'uneven' | 'steady';

/** A channel the scenario lays out other than in its recent shape. */
export interface ChannelRelayout {
  layout: Layout;
  /** The scenario's spend on it in every period of the horizon. */
  perPeriod: number;
  /** Off in some recent periods (bursts), on but varying (uneven), or already steady. */
  recent: RecentShape;
  /** Periods of its last horizon-length window of data in which it spent. */
  recentOn: number;
}

/** Within this share of its busiest period, a channel's recent spend counts as steady. */
const STEADY = 0.01;

/**
 * The `flighting` argument with its keys resolved to the model's channels as changes' channels
 * are (aliases, groups expanding to their members). Throws MixPilotError naming
 * `flighting.<key>` for an unknown channel, or for a channel two keys lay out differently.
 */
export function resolveFlighting(
  raw: Readonly<Record<string, Layout>> | undefined,
  lookup: ChannelLookup,
): Flighting {
  const out: Record<string, Layout> = {};
  const namedBy: Record<string, string> = {};
  for (const [key, layout] of Object.entries(raw ?? {})) {
    const field = `flighting.${key}`;
    for (const c of lookup(key, field)) {
      const earlier = namedBy[c];
      if (earlier !== undefined && out[c] !== layout) {
        throw invalid(
          field,
          `${c} is already laid out '${out[c]}' by ${earlier}; give each channel one layout`,
          'invalid_input',
        );
      }
      out[c] = layout;
      namedBy[c] = field;
    }
  }
  return out;
}

/** The channels `flighting` lays out other than historically, in its order. */
export function relaidChannels(flighting: Flighting): string[] {
  return Object.keys(flighting).filter((c) => layoutOf(flighting, c) !== 'historical');
}

/** How a channel ran over the last `periods` of its data: the shape its historical layout keeps. */
export function recentShape(
  history: ArrayLike<number>,
  periods: number,
): { recent: RecentShape; recentOn: number } {
  const shares = [...spendPattern(history, periods)];
  const recentOn = shares.filter((s) => s > 0).length;
  const most = Math.max(...shares);
  if (most - Math.min(...shares) <= STEADY * most) return { recent: 'steady', recentOn };
  return { recent: recentOn < periods ? 'bursts' : 'uneven', recentOn };
}

/** Each re-laid channel of a scenario with its spend per period and how it ran recently. */
export function relayouts(
  model: FittedModel,
  scenario: SpendPlan,
  horizon: Horizon,
  flighting: Flighting,
): Record<string, ChannelRelayout> {
  const out: Record<string, ChannelRelayout> = {};
  for (const c of relaidChannels(flighting)) {
    out[c] = {
      layout: layoutOf(flighting, c),
      perPeriod: (scenario[c] ?? 0) / horizon.periods,
      ...recentShape(model.spendHistory[c] ?? [], horizon.periods),
    };
  }
  return out;
}

/** One readable line per re-laid channel, for a what-if's `changes`. */
export function relayoutNotes(relaid: Record<string, ChannelRelayout>, horizon: Horizon): string[] {
  const h = describeHorizon(horizon);
  return Object.entries(relaid).map(([c, r]) => {
    if (!(r.perPeriod > 0)) {
      return `${c}: no spend in the scenario, so spreading it evenly changes nothing.`;
    }
    const was =
      r.recent === 'bursts'
        ? `instead of its recent bursts (on in ${r.recentOn} of its last ${h} of data)`
        : r.recent === 'uneven'
          ? 'instead of its recent ups and downs'
          : 'much as it ran recently';
    return `${c}: spread evenly over the ${h}, ${formatMoney(r.perPeriod)} a ${horizon.unit}, ${was}.`;
  });
}

/** The sentence the layout assumption gains for the channels the scenario spreads evenly. */
export function layoutAssumption(
  relaid: Record<string, ChannelRelayout>,
  horizon: Horizon,
): string {
  const spread = Object.keys(relaid).filter((c) => (relaid[c]?.perPeriod ?? 0) > 0);
  if (spread.length === 0) return '';
  const many = spread.length > 1;
  return ` In the scenario, ${spread.join(', ')} ${many ? 'are' : 'is'} spread evenly over the ${describeHorizon(horizon)} instead (always-on); the reference plan keeps ${many ? 'their' : 'its'} recent shape.`;
}
