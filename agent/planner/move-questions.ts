import type { MoveParse } from './move-change';
import { sourceMoves } from './move-change';
import { type FrameResult, orList, type TurnContext } from './turn-context';

/** Questions asked back about a move whose sides leave a choice open. */

const label = (ctx: TurnContext, ref: string) => ctx.catalog.label(ref);

/**
 * "move 20k from TV and search into radio": whether each source gives 20k or the two give 20k
 * between them is asked (the answer, "each" or "in all", is read with the request).
 */
export function splitAsked(ctx: TurnContext, mv: MoveParse): FrameResult | undefined {
  if (sourceMoves(mv, ctx.text) || mv.to.length === 0) return undefined;
  const names = [mv.from ?? '', ...(mv.alsoFrom ?? [])].map((r) => label(ctx, r)).join(' and ');
  const options = ['from each', 'in all, split evenly'];
  return {
    kind: 'clarify',
    question: `Should that amount come from each of ${names}, or in all, split evenly between them?`,
    options,
    pending: { intent: 'whatif', missing: 'amount', text: ctx.raw },
  };
}

/**
 * "move 20% of TV to radio or search": one of two receivers (or sources), not both; which one is
 * asked, and the answer completes the move without the alternatives.
 */
export function eitherAsked(
  ctx: TurnContext,
  mv: MoveParse,
  either: NonNullable<MoveParse['either']>,
): FrameResult {
  const options = either.options.map((r) => label(ctx, r));
  const size =
    mv.percent !== undefined ? `${mv.percent}% ` : mv.amount !== undefined ? `$${mv.amount} ` : '';
  const receivers = mv.to.map((r) => label(ctx, r)).join(' and ');
  const to = either.side === 'to';
  return {
    kind: 'clarify',
    question: to
      ? `Which channel should receive it: ${orList(options)}?`
      : `Which channel should the money come from: ${orList(options)}?`,
    options,
    pending: {
      intent: 'whatif',
      missing: to ? 'target' : 'source',
      text: to
        ? `move ${size}from ${label(ctx, mv.from ?? '')}`
        : `move ${size}${receivers ? `to ${receivers}` : ''}`,
    },
  };
}
