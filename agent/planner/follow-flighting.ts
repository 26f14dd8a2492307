import type { ScenarioChange } from '../../tools';
import { parseChangeClause } from './change-clause';
import { saidLayout } from './even-layout-words';
import { ALSO } from './follow-what-if';
import { messageLayout } from './layout-parts';
import type { PlannedCall } from './planner-types';
import type { PlannedLayout } from './stated-burst';
import { channelRefs } from './token-utils';
import { readTurn, type TurnContext } from './turn-context';

/**
 * Carries a what-if's layout into its follow-up: "What if we ran TV always-on?" then "and radio
 * too?" spreads both evenly, "what about radio instead?" spreads radio alone, and a change to
 * amounts ("and cut it 10%") keeps TV's layout as it was; "and if TV runs always-on?" after a
 * change lays TV out evenly under that change.
 */
export function followFlighting(
  call: PlannedCall,
  prev: Record<string, unknown>,
  ctx: TurnContext,
): PlannedCall {
  const laid = (prev.flighting ?? {}) as Record<string, PlannedLayout>;
  if (call.name !== 'what_if') return call;
  // "and if TV runs always-on?" after a change: the same change, TV spread evenly.
  const layout = saidLayout(ctx.skel);
  if (layout) {
    const named = channelRefs(ctx.tokens);
    const changed = ((prev.changes ?? []) as ScenarioChange[]).flatMap((c) =>
      'channel' in c ? [c.channel] : [],
    );
    // "what about pulsing it instead?" after TV always-on: the channels laid out before.
    const spread = named.length > 0 ? named : changed.length > 0 ? changed : Object.keys(laid);
    if (spread.length > 0) {
      const value = messageLayout(ctx, layout);
      const said = Object.fromEntries(spread.map((c) => [c, value]));
      return { ...call, args: { ...call.args, flighting: { ...laid, ...said } } };
    }
  }
  if (Object.keys(laid).length === 0) return call;
  const prevChanges = (prev.changes ?? []) as ScenarioChange[];
  const fresh = channelRefs(ctx.tokens).filter((r) => !(r in laid));
  const amount = ctx.tokens.some((t) => t.t === 'pct' || t.t === 'money' || t.t === 'mult');
  if (amount && prevChanges.length === 0 && fresh.length === 0) {
    // "and cut it by 10%" after a layout alone: "it" is the channels laid out.
    const names = Object.keys(laid).map(ctx.catalog.label).join(' and ');
    const text = ctx.text.replace(/\b(?:it|them)\b/, names);
    const changes = parseChangeClause(readTurn(text, ctx.catalog, ctx.frequency).tokens);
    return { ...call, args: { ...call.args, changes, flighting: laid } };
  }
  if (fresh.length === 0 || amount || prevChanges.length > 0)
    return { ...call, args: { ...call.args, flighting: laid } };
  // "what about radio instead?": radio laid out as the channels before it were.
  const before = Object.values(laid)[0] ?? 'even';
  const even = Object.fromEntries(fresh.map((c) => [c, before]));
  return {
    ...call,
    args: {
      ...call.args,
      changes: [],
      flighting: ALSO.test(ctx.text) ? { ...laid, ...even } : even,
    },
  };
}
