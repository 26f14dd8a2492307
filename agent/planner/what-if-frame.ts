import type { ScenarioChange } from '../../tools';
import { parseChangeClause } from './change-clause';
import { looksLikeMove, moveChange, parseMove } from './move-change';
import { regionalScope } from './regional-scope';
import { channelRefs, clauses } from './token-utils';
import { channelOptions, type FrameResult, orList, type TurnContext } from './turn-context';

/** Tool arguments of a what-if with its changes and optional horizon. */
export function whatIfCall(changes: ScenarioChange[], horizon?: number): FrameResult {
  const args: Record<string, unknown> = { changes };
  if (horizon !== undefined) args.horizon = horizon;
  return { kind: 'calls', calls: [{ name: 'what_if', args }] };
}

function label(ctx: TurnContext, ref: string): string {
  return ctx.catalog.label(ref);
}

/**
 * Builds a what-if from the message: a move between channels, or changes per clause
 * ("cut TV by 20% and double search"). Asks back when a side, a channel or an amount is missing.
 */
export function buildWhatIf(ctx: TurnContext): FrameResult {
  const changes: ScenarioChange[] = [];
  let moved: string[] = [];
  if (looksLikeMove(ctx.tokens)) {
    const mv = parseMove(ctx.tokens);
    const change = moveChange(mv);
    if (!change) {
      if (!mv.from && mv.to.length > 0) {
        const options = channelOptions(
          ctx,
          mv.to.flatMap((r) => ctx.catalog.match(r)?.names ?? [r]),
        );
        return {
          kind: 'clarify',
          question: `From which channel should the money come? ${orList(options)}?`,
          options,
          pending: { intent: 'whatif', missing: 'source', text: ctx.raw },
        };
      }
      if (mv.from && mv.to.length === 0) {
        const options = channelOptions(ctx, ctx.catalog.match(mv.from)?.names ?? [mv.from]);
        return {
          kind: 'clarify',
          question: `Which channel should receive the money from ${label(ctx, mv.from)}? ${orList(options)}?`,
          options,
          pending: { intent: 'whatif', missing: 'target', text: ctx.raw },
        };
      }
      if (mv.from && mv.to.length > 0) {
        const options = ['10%', '20%', 'half', 'all of it', 'a fixed amount such as $100k'];
        return {
          kind: 'clarify',
          question: `How much of ${label(ctx, mv.from)} should move to ${mv.to.map((r) => label(ctx, r)).join(' and ')}: ${orList(options)}?`,
          options,
          pending: { intent: 'whatif', missing: 'amount', text: ctx.raw },
        };
      }
    } else {
      changes.push(change);
      moved = [mv.from ?? '', ...mv.to];
    }
  }
  for (const clause of clauses(ctx.tokens)) {
    const refs = channelRefs(clause);
    if (moved.length > 0 && (refs.length === 0 || refs.some((r) => moved.includes(r)))) continue;
    changes.push(...parseChangeClause(clause, ctx.referenceTotal));
  }
  if (changes.length > 0) {
    // The model is national: a change asked for some regions is simulated everywhere, and said so.
    const regions = regionalScope(ctx.raw);
    return { ...whatIfCall(changes, ctx.horizon), ...(regions ? { regions } : {}) };
  }
  const refs = channelRefs(ctx.tokens);
  if (refs.length > 0) {
    const names = refs.map((r) => label(ctx, r)).join(' and ');
    const options = [
      'cut it by 20%',
      'double it',
      'switch it off',
      'set it to an amount such as $500k',
    ];
    return {
      kind: 'clarify',
      question: `What change to ${names} should I simulate? For example: ${orList(options)}.`,
      options,
      pending: {
        intent: 'whatif',
        missing: 'amount',
        text: ctx.raw,
      },
    };
  }
  const options = channelOptions(ctx);
  return {
    kind: 'clarify',
    question: `Which channel should the scenario change? ${orList(options)}?`,
    options,
    pending: { intent: 'whatif', missing: 'channel', text: ctx.raw },
  };
}
