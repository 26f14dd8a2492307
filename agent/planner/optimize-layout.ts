import { saysEvenLayout, withoutLayoutWords } from './even-layout-words';
import { buildOptimize } from './optimize-frame';
import { skeleton } from './skeleton';
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
  if (!saysEvenLayout(ctx.skel) || channelRefs(ctx.tokens).length === 0) return buildOptimize(ctx);
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
    .filter((c) => saysEvenLayout(skeleton(c)))
    .flatMap(channelRefs);
  const laid = said.length > 0 ? said : channelRefs(ctx.tokens);
  call.args.flighting = Object.fromEntries(laid.map((c) => [c, 'even']));
  const subset = call.args.channels as string[] | undefined;
  if (subset?.every((c) => laid.includes(c))) delete call.args.channels;
  return frame;
}
