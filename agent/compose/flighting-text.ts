import { money } from './format';

/** A channel the what-if spreads evenly instead of in its recent shape (the `flighting` result). */
export interface RelayoutView {
  layout: string;
  /** Scenario spend in every period of the horizon. */
  perPeriod: number;
  /** How it ran recently: 'bursts', 'uneven' or 'steady'. */
  recent: string;
}

/** The what_if result's `flighting`: re-laid channels by name (absent in older results). */
export type FlightingView = Record<string, RelayoutView> | undefined;

const RECENT: Record<string, string> = {
  bursts: 'instead of its recent bursts',
  uneven: 'instead of its recent ups and downs',
  steady: 'much as it ran recently',
};

/** Channels the scenario spreads evenly and spends on (a layout of nothing says nothing). */
export function spreadChannels(flighting: FlightingView): string[] {
  return Object.entries(flighting ?? {})
    .filter(([, f]) => f.layout === 'even' && f.perPeriod > 0)
    .map(([c]) => c);
}

/** Channels laid out evenly, spent on or not (the best split may give one nothing). */
export function evenChannels(flighting: FlightingView): string[] {
  return Object.entries(flighting ?? {})
    .filter(([, f]) => f.layout === 'even')
    .map(([c]) => c);
}

/** ", with TV and Radio spread evenly (always-on)": the layout a plan was made under, for a lead. */
export function spreadClause(channels: string[], label: (c: string) => string): string {
  return channels.length > 0
    ? `, with ${channels.map(label).join(' and ')} spread evenly (always-on)`
    : '';
}

/** "spread evenly, $34.6k every week, instead of its recent bursts". */
export function spreadPhrase(relayout: RelayoutView, unit: string): string {
  const was = RECENT[relayout.recent];
  return `spread evenly, ${money(relayout.perPeriod)} every ${unit.replace(/s$/, '')}${was ? `, ${was}` : ''}`;
}

/**
 * The layout per re-laid channel, for the scenario part: the widget's sliders predict with it,
 * so a re-run keeps TV always-on even from a slider moved up from zero.
 */
export function layoutsOf(flighting: FlightingView): Record<string, 'even' | 'historical'> {
  const out: Record<string, 'even' | 'historical'> = {};
  for (const [c, f] of Object.entries(flighting ?? {})) {
    if (f.layout === 'even' || f.layout === 'historical') out[c] = f.layout;
  }
  return out;
}
