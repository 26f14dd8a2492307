import type { Frequency } from '../data/dataset-types';
import { invalid } from '../errors';
import type { FittedModel } from '../model/model-types';
import type { ChannelLookup } from './channel-lookup';
import { formatMoney } from './format';
import { describeHorizon, type Horizon } from './horizon';
import type { SpendPlan } from './plan-evaluation';
import {
  burstLength,
  cadenceOf,
  choiceKey,
  choiceOf,
  type Flighting,
  type Layout,
  type LayoutChoice,
  layoutOf,
  spendPattern,
} from './spend-pattern';

/** How a channel ran over its last horizon-length window of data. */
export type RecentShape = 'bursts' | 'uneven' | 'steady';

/** A channel the scenario lays out other than in its recent shape. */
export interface ChannelRelayout {
  layout: Layout;
  /** The scenario's spend on it in every period of the horizon it is on in (every one when even). */
  perPeriod: number;
  /** Periods of the horizon it is on in (all of them when even). */
  on: number;
  /** `bursts`: periods a burst lasts. */
  burst?: number;
  /** `bursts`: periods of the pause after each burst, when not as long as the burst. */
  off?: number;
  /** Off in some recent periods (bursts), on but varying (uneven), or already steady. */
  recent: RecentShape;
  /** Periods of its last horizon-length window of data in which it spent. */
  recentOn: number;
}

/** Within this share of its busiest period, a channel's recent spend counts as steady. */
const STEADY = 0.01;

/** Words for a channel's layout in a conflict message: 'even', 'bursts of 6', 'bursts of 4 on, 2 off'. */
function layoutName(choice: LayoutChoice): string {
  const cadence = cadenceOf(choice);
  if (!cadence) return choice as Layout;
  const { burst, off } = cadence;
  return off === burst ? `bursts of ${burst}` : `bursts of ${burst} on, ${off} off`;
}

/**
 * The `flighting` argument with its keys resolved to the model's channels as changes' channels
 * are (aliases, groups expanding to their members), every bursts layout given its cadence (the
 * stated burst, else `burstLength(frequency)`; the stated pause, else as long as the burst).
 * Throws MixPilotError naming `flighting.<key>` for an unknown channel, for a channel two keys
 * lay out differently, for a burst or pause that is not a whole number of periods, or for bursts
 * over a horizon no longer than one burst, where they would be the same as always-on and an
 * answer about bursts would be about something else.
 */
export function resolveFlighting(
  raw: Flighting | undefined,
  lookup: ChannelLookup,
  horizon: Horizon,
  frequency: Frequency,
): Flighting {
  const out: Record<string, LayoutChoice> = {};
  const namedBy: Record<string, string> = {};
  for (const [key, asked] of Object.entries(raw ?? {})) {
    const field = `flighting.${key}`;
    const choice = resolvedChoice(asked, field, horizon, frequency);
    for (const c of lookup(key, field)) {
      const earlier = namedBy[c];
      const before = out[c];
      if (
        earlier !== undefined &&
        before !== undefined &&
        choiceKey(before) !== choiceKey(choice)
      ) {
        throw invalid(
          field,
          `${c} is already laid out '${layoutName(before)}' by ${earlier}; give each channel one layout`,
          'invalid_input',
        );
      }
      out[c] = choice;
      namedBy[c] = field;
    }
  }
  return out;
}

/** One asked layout with its cadence settled and checked against the horizon. */
function resolvedChoice(
  asked: LayoutChoice,
  field: string,
  horizon: Horizon,
  frequency: Frequency,
): LayoutChoice {
  const layout = typeof asked === 'string' ? asked : asked.layout;
  if (layout !== 'bursts') return layout;
  const burst = typeof asked === 'string' ? burstLength(frequency) : asked.burst;
  const off = typeof asked === 'string' ? burst : (asked.off ?? burst);
  for (const [key, periods] of [
    ['burst', burst],
    ['off', off],
  ] as const) {
    if (!(Number.isInteger(periods) && periods >= 1)) {
      const what = key === 'burst' ? 'a burst lasts' : 'a pause between bursts lasts';
      throw invalid(
        `${field}.${key}`,
        `${what} a whole number of ${horizon.unit}s, at least 1 (got ${periods})`,
        'invalid_input',
      );
    }
  }
  if (horizon.periods <= burst) {
    const on = describeHorizon({ ...horizon, periods: burst });
    const pause = describeHorizon({ ...horizon, periods: off });
    throw invalid(
      field,
      `bursts run ${on} on and ${pause} off, so over ${describeHorizon(horizon)} they are the same as always-on; give a horizon longer than ${on}${typeof asked === 'string' ? '' : ' or shorter bursts'}`,
      'invalid_input',
    );
  }
  return off === burst ? { layout, burst } : { layout, burst, off };
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
    const choice = choiceOf(flighting, c);
    const cadence = cadenceOf(choice);
    const history = model.spendHistory[c] ?? [];
    const on = spendPattern(history, horizon.periods, choice).filter((v) => v > 0).length;
    out[c] = {
      layout: layoutOf(flighting, c),
      perPeriod: (scenario[c] ?? 0) / on,
      on,
      ...(cadence ? { burst: cadence.burst } : {}),
      ...(cadence && cadence.off !== cadence.burst ? { off: cadence.off } : {}),
      ...recentShape(history, horizon.periods),
    };
  }
  return out;
}

/**
 * How a layout lays a channel out, for notes and assumptions: "spread evenly over the 13 weeks
 * (always-on)", "run in bursts of 2 weeks on, 2 weeks off".
 */
export function layoutWords(choice: LayoutChoice, horizon: Horizon): string {
  const cadence = cadenceOf(choice);
  if (cadence) {
    const on = describeHorizon({ ...horizon, periods: cadence.burst });
    return `run in bursts of ${on} on, ${describeHorizon({ ...horizon, periods: cadence.off })} off`;
  }
  if (choice === 'bursts') return 'run in regular bursts';
  return choice === 'even'
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

/** The layout a re-laid channel was given, its cadence included. */
function relaidChoice(r: ChannelRelayout): LayoutChoice {
  if (r.layout !== 'bursts' || r.burst === undefined) return r.layout;
  return r.off === undefined
    ? { layout: 'bursts', burst: r.burst }
    : { layout: 'bursts', burst: r.burst, off: r.off };
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
      r.layout === 'bursts' ? layoutWords(relaidChoice(r), horizon) : `spread evenly over the ${h}`;
    return `${c}: ${how}, ${level}, ${wasText(r, horizon)}.`;
  });
}

/**
 * The sentence an assumption gains for the channels laid out anew (`flighting`), in the scenario
 * (`subject`) or in every plan searched: "In the scenario, TV is spread evenly over the 13 weeks
 * (always-on) instead; the reference plan keeps its recent shape."
 */
export function layoutSentence(
  flighting: Flighting,
  horizon: Horizon,
  subject: string,
  compared: string,
): string {
  const laid = relaidChannels(flighting);
  if (laid.length === 0) return '';
  const byWords = new Map<string, string[]>();
  for (const c of laid) {
    const words = layoutWords(choiceOf(flighting, c), horizon);
    byWords.set(words, [...(byWords.get(words) ?? []), c]);
  }
  const parts = [...byWords].map(([words, cs]) => {
    const verb = cs.length > 1 ? 'are' : 'is';
    return `${cs.join(', ')} ${verb} ${words} instead`;
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
  const flighting: Flighting = Object.fromEntries(
    spent.map(([c, r]): [string, LayoutChoice] => [c, relaidChoice(r)]),
  );
  return layoutSentence(flighting, horizon, 'In the scenario', 'the reference plan');
}
