import { money } from './format';

/** A channel the scenario lays out other than in its recent shape (the `flighting` result). */
export interface RelayoutView {
  /** 'even' (always-on) or 'bursts' (regular bursts). */
  layout: string;
  /** Scenario spend in every period of the horizon it is on in (every one when even). */
  perPeriod: number;
  /** How it ran recently: 'bursts', 'uneven' or 'steady'. */
  recent: string;
  /** Periods of the horizon it is on in (absent in older results: all of them). */
  on?: number;
  /** 'bursts': periods a burst lasts. */
  burst?: number;
  /** 'bursts': periods of the pause after each, when not as long as the burst. */
  off?: number;
}

/** The what_if result's `flighting`: re-laid channels by name (absent in older results). */
export type FlightingView = Record<string, RelayoutView> | undefined;

/** The layouts a channel can be given other than its recent shape. */
export type NewLayout = 'even' | 'bursts';

const isNew = (layout: string): layout is NewLayout => layout === 'even' || layout === 'bursts';

/** "2 weeks", "1 day": a count of the horizon's unit. */
const span = (n: number, unit: string) => `${n} ${unit.replace(/s$/, '')}${n === 1 ? '' : 's'}`;

/** Channels laid out in `layout` that the plan spends on (a layout of nothing says nothing). */
export function laidOutSpent(flighting: FlightingView, layout: NewLayout): string[] {
  return Object.entries(flighting ?? {})
    .filter(([, f]) => f.layout === layout && f.perPeriod > 0)
    .map(([c]) => c);
}

/** Channels laid out anew (evenly or in bursts), spent on or not (the best split may give one nothing). */
export function laidOutAnew(flighting: FlightingView): string[] {
  return Object.entries(flighting ?? {})
    .filter(([, f]) => isNew(f.layout))
    .map(([c]) => c);
}

/** "2 weeks on, 2 off", "3 weeks on, 1 off": a re-laid channel's stated cadence, if any. */
function cadence(relayout: RelayoutView, unit: string): string | undefined {
  const n = relayout.burst;
  return n === undefined ? undefined : `${span(n, unit)} on, ${relayout.off ?? n} off`;
}

/** "spread evenly (always-on)" or "run in bursts (2 weeks on, 2 off)": how a layout runs a channel. */
export function layoutName(relayout: RelayoutView, unit: string): string {
  if (relayout.layout !== 'bursts') return 'spread evenly (always-on)';
  const c = cadence(relayout, unit);
  return c === undefined ? 'run in regular bursts' : `run in bursts (${c})`;
}

/** ", with TV spread evenly (always-on) and Search run in bursts (2 weeks on, 2 off)": for a lead. */
export function layoutClause(
  channels: string[],
  flighting: FlightingView,
  unit: string,
  label: (c: string) => string,
): string {
  const groups = new Map<string, string[]>();
  for (const c of channels) {
    const f = flighting?.[c];
    if (!f) continue;
    const name = layoutName(f, unit);
    groups.set(name, [...(groups.get(name) ?? []), label(c)]);
  }
  const parts = [...groups].map(([name, cs]) => `${cs.join(' and ')} ${name}`);
  return parts.length > 0 ? `, with ${parts.join(' and ')}` : '';
}

/** ", instead of its recent bursts": how the channel ran before its new layout. */
function wasPhrase(relayout: RelayoutView, unit: string): string {
  if (relayout.recent === 'bursts') return 'instead of its recent bursts';
  if (relayout.recent === 'uneven') return 'instead of its recent ups and downs';
  if (relayout.recent !== 'steady') return '';
  return relayout.layout === 'bursts'
    ? `instead of every ${unit.replace(/s$/, '')} as it ran recently`
    : 'much as it ran recently';
}

/**
 * "spread evenly, $34.6k every week, instead of its recent bursts"; "in bursts of 2 weeks on, 2
 * off, $69.2k a week when on (7 of 13 weeks), instead of every week as it ran recently".
 */
export function spreadPhrase(relayout: RelayoutView, unit: string, periods?: number): string {
  const one = unit.replace(/s$/, '');
  const was = wasPhrase(relayout, one);
  const tail = was ? `, ${was}` : '';
  if (relayout.layout !== 'bursts')
    return `spread evenly, ${money(relayout.perPeriod)} every ${one}${tail}`;
  const c = cadence(relayout, unit);
  const how = c === undefined ? 'in regular bursts' : `in bursts of ${c}`;
  const on =
    relayout.on !== undefined && periods !== undefined
      ? ` (${relayout.on} of ${periods} ${one}s)`
      : '';
  return `${how}, ${money(relayout.perPeriod)} a ${one} when on${on}${tail}`;
}

/** A channel's layout as the scenario part carries it: a name, or bursts with their length. */
export type PartLayout =
  | NewLayout
  | 'historical'
  | { layout: 'bursts'; burst: number; off?: number };

/**
 * The layout per re-laid channel, for the scenario part: the widget's sliders predict with it,
 * so a re-run keeps TV always-on, or search in its 4-week bursts, even from a slider moved up
 * from zero.
 */
export function layoutsOf(flighting: FlightingView): Record<string, PartLayout> {
  const out: Record<string, PartLayout> = {};
  for (const [c, f] of Object.entries(flighting ?? {})) {
    if (f.layout === 'bursts' && f.burst !== undefined)
      out[c] = { layout: 'bursts', burst: f.burst, ...(f.off !== undefined ? { off: f.off } : {}) };
    else if (isNew(f.layout) || f.layout === 'historical') out[c] = f.layout;
  }
  return out;
}
