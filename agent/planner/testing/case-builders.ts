import type { IntentName } from '../planner-types';
import type { TaggedCase } from './planner-case';

/**
 * Shorthands the blind tables (fifth, sixth) are written with: TEST_DATASET's channel columns,
 * scenario changes, and rows per intent. Rows stay plain `TaggedCase`s.
 */

export const tv = 'tv_spend';
export const search = 'search_spend';
export const fb = 'facebook_spend';
export const tiktok = 'tiktok_spend';
export const display = 'display_spend';
export const radio = 'radio_spend';
const ALL = [tv, search, fb, tiktok, display, radio];
/** The same bound for every channel. */
export const each = (v: number) => Object.fromEntries(ALL.map((c) => [c, v]));

type Args = Record<string, unknown>;
type Row = Omit<TaggedCase, 'tag'>;
type Q = string | string[];
export const tagged = (tag: string, rows: Row[]): TaggedCase[] => rows.map((r) => ({ tag, ...r }));

export const scale = (channel: string, percent: number): Args => ({
  type: 'scale',
  channel,
  percent,
});
export const set = (channel: string, amount: number): Args => ({ type: 'set', channel, amount });
export const add = (channel: string, amount: number): Args => ({ type: 'add', channel, amount });
export const total = (percent: number): Args => ({ type: 'total', percent });
export const move = (from: string, to: string | string[], how: Args): Args => ({
  type: 'move',
  from,
  to,
  ...how,
});

/** Channels spread evenly (always-on). */
export const even = (...cs: string[]): Args => Object.fromEntries(cs.map((c) => [c, 'even']));
/** Channels flighted in bursts of the usual length. */
export const bursts = (...cs: string[]): Args => Object.fromEntries(cs.map((c) => [c, 'bursts']));
/** Channels flighted in bursts of a stated length (in data periods). */
export const burstsOf = (burst: number, ...cs: string[]): Args =>
  Object.fromEntries(cs.map((c) => [c, { layout: 'bursts', burst }]));

export const row = (q: Q, intent: IntentName, args?: Args): Row => ({
  q,
  intent,
  ...(args ? { args } : {}),
});
/** A what-if row; `horizon` in weeks only when the user gave one. */
export const whatIf = (q: Q, changes: Args[], horizon?: number): Row =>
  row(q, 'whatif', horizon === undefined ? { changes } : { changes, horizon });
export const opt = (q: Q, args: Args): Row => row(q, 'optimize', args);
export const curve = (q: Q, args: Args): Row => row(q, 'response', args);
export const mroi = (q: Q, args?: Args): Row => row(q, 'mroi', args);
export const drivers = (q: Q, args: Args): Row => row(q, 'drivers', args);
export const contrib = (q: Q, args?: Args): Row =>
  args
    ? row(q, 'contributions', args)
    : { q, intent: 'contributions', tools: ['get_contributions'] };
export const diag = (q: Q): Row => ({ q, intent: 'diagnostics', tools: ['get_model_diagnostics'] });
export const method = (q: Q): Row => ({ q, intent: 'methodology', tools: [] });
export const refit = (q: Q, args: Args): Row => ({
  q,
  intent: 'refit',
  tools: ['fit_model'],
  args,
});
export const clarify = (q: Q): Row => row(q, 'clarify');
export const outOfScope = (q: Q): Row => row(q, 'out_of_scope');
