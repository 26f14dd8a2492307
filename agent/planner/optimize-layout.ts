import { saidLayout, saysLayout, withoutLayoutWords } from './even-layout-words';
import { layoutsByPart, messageLayout } from './layout-parts';
import { buildOptimize } from './optimize-frame';
import type { PlannedCall } from './planner-types';
import { skeleton } from './skeleton';
import type { PlannedLayout } from './stated-burst';
import { channelRefs, clauses } from './token-utils';
import { type FrameResult, readTurn, type TurnContext } from './turn-context';

/**
 * "How should we split $1M if TV runs always-on?": the optimisation the message asks for, read
 * without the layout's words ("TV on a steady weekly level" is no lock on TV), its plans laid out
 * with the channels said so spread evenly over the horizon (`flighting`). Those are the channels
 * named in the clause of the layout, or else every channel named; they say how the plan runs,
 * not what to allocate among, so a subset naming only them is dropped ("split $500k across
 * channels if TV stops flighting" allocates across all of them).
 */
export function buildOptimizeWithLayout(ctx: TurnContext): FrameResult {
  const layout = saidLayout(ctx.skel);
  if (!layout || channelRefs(ctx.tokens).length === 0) return buildOptimize(ctx);
  const rest = readTurn(withoutLayoutWords(ctx.text), ctx.catalog, ctx.frequency);
  const frame = buildOptimize({
    ...rest,
    horizon: ctx.horizon,
    referenceTotal: ctx.referenceTotal,
  });
  const call =
    frame.kind === 'calls' ? frame.calls.find((c) => c.name === 'optimize_budget') : undefined;
  if (!call) return frame;
  const said = clauses(ctx.tokens)
    .filter((c) => saysLayout(skeleton(c)))
    .flatMap(channelRefs);
  const laid = said.length > 0 ? said : channelRefs(ctx.tokens);
  const byPart = layoutsByPart(ctx);
  const value = messageLayout(ctx, layout);
  call.args.flighting = Object.fromEntries(laid.map((c) => [c, byPart[c] ?? value]));
  const subset = call.args.channels as string[] | undefined;
  if (subset?.every((c) => laid.includes(c))) delete call.args.channels;
  return frame;
}

/** "same but …", "and if …", "what if instead …": a change to the plan just made. */
const BUILDS_ON =
  /^(?:(?:ok|okay|so|now|and|but) )*(?:same(?: thing| plan| split)?(?: but)?|and|what if|how about|what about|now|instead|redo it|rerun it)\b/;

/**
 * "same but with TV always-on" after a split: that split again with TV spread evenly, not a
 * what-if of TV alone. Undefined unless the previous call was a split and this one only adds a
 * layout (no new amount or goal).
 */
export function layoutFollowUp(
  prev: PlannedCall | undefined,
  ctx: TurnContext,
): PlannedCall[] | undefined {
  const layout = saidLayout(ctx.skel);
  if (prev?.name !== 'optimize_budget' || !layout) return undefined;
  if (!BUILDS_ON.test(ctx.text) || ctx.tokens.some((t) => t.t === 'money' || t.t === 'pct'))
    return undefined;
  const before = (prev.args.flighting ?? {}) as Record<string, PlannedLayout>;
  // "what about if it runs in bursts instead?": the channels the split laid out before.
  const named = channelRefs(ctx.tokens);
  const laid = named.length > 0 ? named : Object.keys(before);
  if (laid.length === 0) return undefined;
  const value = messageLayout(ctx, layout);
  const flighting = { ...before, ...Object.fromEntries(laid.map((c) => [c, value])) };
  return [{ name: 'optimize_budget', args: { ...prev.args, flighting } }];
}
