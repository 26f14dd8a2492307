import { invalid } from '../errors';
import type { FittedModel } from '../model/model-types';
import type { ChannelLookup } from './channel-lookup';
import { formatMoney } from './format';
import { describeHorizon, type Horizon } from './horizon';
import type { SpendPlan } from './plan-evaluation';
import { burstLength, type Flighting, type Layout, layoutOf, spendPattern } from './spend-pattern';

/** How a channel ran over its last horizon-length window of data. */
export type RecentShape = 'bursts' | 'uneven' | 'steady';

/** A channel the scenario lays out other than in its recent shape. */
export interface ChannelRelayout {
  layout: Layout;
  /** The scenario's spend on it in every period of the horizon it is on in (every one when even). */
  perPeriod: number;
  /** Periods of the horizon it is on in (all of them when even). */
  on: number;
  /** `bursts`: periods a burst lasts, and the pause after it. */
  burst?: number;
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
 * `flighting.<key>` for an unknown channel, for a channel two keys lay out differently, or for
 * bursts over a horizon no longer than one burst (`burst` periods), where they would be the same
 * as always-on and an answer about bursts would be about something else.
 */
export function resolveFlighting(
  raw: Readonly<Record<string, Layout>> | undefined,
  lookup: ChannelLookup,
  horizon: Horizon,
  burst: number,
): Flighting {
  const out: Record<string, Layout> = {};
  const namedBy: Record<string, string> = {};
  for (const [key, layout] of Object.entries(raw ?? {})) {
    const field = `flighting.${key}`;
    if (layout === 'bursts' && horizon.periods <= burst) {
      const span = describeHorizon({ ...horizon, periods: burst });
      throw invalid(
        field,
        `bursts run ${span} on and ${span} off, so over ${describeHorizon(horizon)} they are the same as always-on; give a horizon longer than ${span}`,
        'invalid_input',
      );
    }
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
  const burst = burstLength(model.frequency);
  for (const c of relaidChannels(flighting)) {
    const layout = layoutOf(flighting, c);
    const history = model.spendHistory[c] ?? [];
    const on = spendPattern(history, horizon.periods, layout, burst).filter((v) => v > 0).length;
    out[c] = {
      layout,
      perPeriod: (scenario[c] ?? 0) / on,
      on,
      ...(layout === 'bursts' ? { burst } : {}),
      ...recentShape(history, horizon.periods),
    };
  }
  return out;
}

/**
 * How a layout lays a channel out, for notes and assumptions: "spread evenly over the 13 weeks
 * (always-on)", "run in bursts of 2 weeks on, 2 weeks off".
 */
export function layoutWords(layout: Layout, horizon: Horizon, burst?: number): string {
  if (layout === 'bursts') {
    if (burst === undefined) return 'run in regular bursts';
    const span = describeHorizon({ ...horizon, periods: burst });
    return `run in bursts of ${span} on, ${span} off`;
  }
  return layout === 'even'
    ? `spread evenly over the ${describeHorizon(horizon)} (always-on)`
    : 'laid out in its recent shape';
}

/** How a re-laid channel ran over its last horizon-length window of data, against its new layout. */
function wasText(r: ChannelRelayout, horizon: Horizon): string {
  const h = describeHorizon(horizon);
  if (r.recent === 'bursts')
    return `instead of its recent bursts (on in ${r.recentOn} of its last ${h} of data)`;
  if (r.recent === 'uneven') return 'instead of its recent ups and downs';
  return r.layout === 'even'
    ? 'much as it ran recently'
    : `instead of every ${horizon.unit} as it ran recently`;
}

/** One readable line per re-laid channel, for a what-if's `changes`. */
export function relayoutNotes(relaid: Record<string, ChannelRelayout>, horizon: Horizon): string[] {
  const h = describeHorizon(horizon);
  return Object.entries(relaid).map(([c, r]) => {
    if (!(r.perPeriod > 0)) {
      return `${c}: no spend in the scenario, so laying it out anew changes nothing.`;
    }
    const level =
      r.layout === 'bursts'
        ? `on in ${r.on} of the ${h}, ${formatMoney(r.perPeriod)} a ${horizon.unit} when on`
        : `${formatMoney(r.perPeriod)} a ${horizon.unit}`;
    const how =
      r.layout === 'bursts'
        ? layoutWords('bursts', horizon, r.burst)
        : `spread evenly over the ${h}`;
    return `${c}: ${how}, ${level}, ${wasText(r, horizon)}.`;
  });
}

/**
 * The sentence an assumption gains for the channels laid out anew (`layouts`: each one's
 * layout), in the scenario (`subject`) or in every plan searched: "In the scenario, TV is spread
 * evenly over the 13 weeks (always-on) instead; the reference plan keeps its recent shape."
 */
export function layoutSentence(
  layouts: Record<string, Layout>,
  horizon: Horizon,
  burst: number | undefined,
  subject: string,
  compared: string,
): string {
  const laid = Object.keys(layouts).filter((c) => layouts[c] !== 'historical');
  if (laid.length === 0) return '';
  const byLayout = new Map<Layout, string[]>();
  for (const c of laid) {
    const l = layouts[c] as Layout;
    byLayout.set(l, [...(byLayout.get(l) ?? []), c]);
  }
  const parts = [...byLayout].map(([l, cs]) => {
    const verb = cs.length > 1 ? 'are' : 'is';
    return `${cs.join(', ')} ${verb} ${layoutWords(l, horizon, burst)} instead`;
  });
  const many = laid.length > 1;
  return ` ${subject}, ${parts.join('; ')}; ${compared} keeps ${many ? 'their' : 'its'} recent shape.`;
}

/** The sentence the layout assumption gains for the channels the scenario lays out anew. */
export function layoutAssumption(
  relaid: Record<string, ChannelRelayout>,
  horizon: Horizon,
): string {
  const spent = Object.entries(relaid).filter(([, r]) => r.perPeriod > 0);
  const layouts = Object.fromEntries(spent.map(([c, r]) => [c, r.layout]));
  const burst = spent.find(([, r]) => r.burst !== undefined)?.[1].burst;
  return layoutSentence(layouts, horizon, burst, 'In the scenario', 'the reference plan');
}
