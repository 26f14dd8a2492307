import type { ScenarioChange } from '../../tools';
import { ADVICE, CUT_ADVICE, cutAdvice, shiftAdvice } from './answer-lead';
import { TOTAL_SET } from './budget-change';
import { parseChangeClause, withBorrowedVerbs } from './change-clause';
import { MEANT } from './correction';
import { cutMovedTo, SAVINGS_NAMED_TO } from './follow-what-if';
import { looksLikeMove, type MoveParse, moveChange, parseMove, sourceMoves } from './move-change';
import { eitherAsked, splitAsked } from './move-questions';
import { withMoveRatio } from './move-ratio';
import { regionalScope } from './regional-scope';
import { skeleton } from './skeleton';
import { channelRefs, clauses, wordOf } from './token-utils';
import type { Token } from './tokens';
import { channelOptions, type FrameResult, orList, type TurnContext } from './turn-context';

/** The KPI as the subject of a change: "sales fall 10%", "revenue drops". */
const KPI_MOVES =
  /\b(?:sales|revenue|kpi|conversions|orders|demand|traffic)\s+(?:fall|falls|fell|drop|drops|dropped|decline|declines|declined|rise|rises|rose|grow|grows|grew|go|goes|went|shrink|shrinks|shrank)\b/;

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
 * "moving 10% of Facebook and 10% of radio into it": a clause that only names a share of another
 * source, with no receiver of its own, moves to the same receivers.
 */
function sameMove(clause: Token[], receivers: string[]): ScenarioChange | undefined {
  const ch = clause.findIndex((t) => t.t === 'ch');
  const amount = clause[ch - 2];
  if (ch < 2 || !/^(?:of|from)$/.test(wordOf(clause[ch - 1]))) return undefined;
  if (amount?.t !== 'pct' && amount?.t !== 'money') return undefined;
  // Only connectives before the amount: "and cut 10% of radio" is a cut of its own.
  if (
    !clause
      .slice(0, ch - 2)
      .every((t) => /^(?:and|,|also|plus|then|another|with|as well)$/.test(wordOf(t)))
  )
    return undefined;
  if (clause.filter((t) => t.t === 'ch').length !== 1) return undefined;
  const mv = parseMove(clause);
  const from = (clause[ch] as Token & { t: 'ch' }).ref;
  if (mv.to.length > 0 || receivers.includes(from)) return undefined;
  return moveChange({
    from,
    to: receivers,
    ...(amount.t === 'pct' ? { percent: amount.v } : { amount: amount.v }),
  });
}

/**
 * "move $100k from display to search and 10% of radio to social": two moves, each complete in a
 * clause of its own (its amount, source and receiver), rather than one move with the first
 * clause's channels and the second clause's share.
 */
function separateMoves(tokens: Token[]): ScenarioChange[] | undefined {
  const parts = clauses(tokens).filter((c) => channelRefs(c).length >= 2);
  if (parts.length < 2) return undefined;
  const moves = parts.map((c) => moveChange(parseMove(c)));
  return moves.every((m) => m !== undefined) ? (moves as ScenarioChange[]) : undefined;
}

/**
 * "what if we took 250k out of TV": an amount taken from a channel with nowhere named to put it,
 * asked as a hypothetical, is a cut, not a move missing its receiver.
 */
const ASKED_AS_HYPOTHETICAL =
  /\b(?:what if|what happens|what would|if we|suppose|imagine|impact|effect|hit|lose|cost)\b/;

function removal(ctx: TurnContext, mv: MoveParse): ScenarioChange[] | undefined {
  if (
    !/\b(?:take|takes|took|taking|pull|pulls|pulled|pulling|remove|removed|removing)\b/.test(
      ctx.text,
    )
  )
    return undefined;
  // Only asked as a hypothetical: a bare "take 30% out of TV" may mean a move, so it is asked.
  if (!ASKED_AS_HYPOTHETICAL.test(ctx.text)) return undefined;
  if (
    /\b(?:to|into|towards|onto|elsewhere|somewhere|reallocate\w*|redistribut\w*|other channels?|instead)\b/.test(
      ctx.text,
    )
  )
    return undefined;
  // "what if we took 10% of TV and radio?": each source cut by the share.
  const sources = [mv.from as string, ...(mv.alsoFrom ?? [])];
  if (mv.amount !== undefined && mv.percent === undefined && sources.length === 1)
    return [{ type: 'add', channel: sources[0] as string, amount: -mv.amount }];
  const percent = mv.percent;
  if (percent !== undefined)
    return sources.map((channel) => ({ type: 'scale', channel, percent: -percent }));
  return undefined;
}

/** "another 80k into one of the digital channels": which one is asked, among the group's. */
function oneOfGroup(ctx: TurnContext): FrameResult | undefined {
  const i = ctx.tokens.findIndex(
    (t, k) =>
      t.t === 'ch' &&
      t.names.length > 1 &&
      wordOf(ctx.tokens[k - 1]) !== 'all' &&
      /\bone of (?:the |our |my |those |these )?$/.test(
        ctx.tokens
          .slice(Math.max(0, k - 4), k)
          .map(wordOf)
          .join(' ')
          .concat(' '),
      ),
  );
  const group = ctx.tokens[i];
  if (group?.t !== 'ch') return undefined;
  const options = group.names.map((n) => label(ctx, n));
  return {
    kind: 'clarify',
    question: `Which of the ${group.said} channels: ${orList(options)}?`,
    options,
    pending: { intent: 'whatif', missing: 'channel', text: `${ctx.raw}${MEANT}` },
  };
}

/**
 * "What if TV were a third smaller and the savings went into search?": one cut and a clause that
 * sends what it frees to one other channel is a move, not a cut alone.
 */
function savingsInto(changes: ScenarioChange[], ctx: TurnContext): ScenarioChange | undefined {
  const cut = changes.length === 1 ? changes[0] : undefined;
  if (!cut) return undefined;
  const into = clauses(ctx.tokens).find(
    (c) => channelRefs(c).length === 1 && SAVINGS_NAMED_TO.test(skeleton(c)),
  );
  const to = into ? channelRefs(into)[0] : undefined;
  return to ? cutMovedTo(cut, to) : undefined;
}

const MOVE_WORDS =
  /^(?:from|move|moving|moved|shift|shifting|shifted|transfer\w*|reallocat\w*|redirect\w*|divert\w*|put|putting|instead)$/;

/**
 * "added 25k to TV and took 10k off display": clauses that each name one channel with its own
 * amount are changes of their own, not one move between the two channels.
 */
function ownClauses(ctx: TurnContext): ScenarioChange[] | undefined {
  const parts = clauses(ctx.tokens).filter((c) => channelRefs(c).length > 0);
  if (parts.length < 2) return undefined;
  const amounts = (c: Token[]) => c.filter((t) => t.t === 'money' || t.t === 'pct').length;
  if (parts.some((c) => channelRefs(c).length !== 1 || amounts(c) !== 1)) return undefined;
  // "took 10% from TV and put 10% into search" is a move said in two clauses.
  if (parts.some((c) => c.some((t) => MOVE_WORDS.test(wordOf(t))))) return undefined;
  const changes = withBorrowedVerbs(parts).flatMap((c) => parseChangeClause(c, ctx.referenceTotal));
  return changes.length === parts.length && changes.every((c) => c.type !== 'move')
    ? changes
    : undefined;
}

/**
 * Builds a what-if from the message: a move between channels, or changes per clause
 * ("cut TV by 20% and double search"). Asks back when a side, a channel or an amount is missing.
 */
export function buildWhatIf(ctx: TurnContext): FrameResult {
  const group = oneOfGroup(ctx);
  if (group) return group;
  const changes: ScenarioChange[] = [];
  let moved: string[] = [];
  let receivers: string[] = [];
  const own = ownClauses(ctx);
  if (own) return whatIfCall(own, ctx.horizon);
  const several = looksLikeMove(ctx.tokens) ? separateMoves(ctx.tokens) : undefined;
  if (several) {
    changes.push(...several);
    moved = several.flatMap((c) => (c.type === 'move' ? [c.from, ...[c.to].flat()] : []));
  } else if (looksLikeMove(ctx.tokens)) {
    const mv = parseMove(ctx.tokens);
    // "move 150% of TV to search": a move takes at most all of a channel; asked, not clamped.
    if (mv.from && mv.percent !== undefined && mv.percent > 100) {
      const from = label(ctx, mv.from);
      const options = [`move all of ${from}`, 'a share up to 100%', 'a fixed amount such as $100k'];
      return {
        kind: 'clarify',
        question: `A move can take at most all (100%) of ${from}'s spend. How much should move: ${orList(options)}?`,
        options,
        pending: {
          intent: 'whatif',
          missing: 'amount',
          text: `move from ${from}${mv.to.length > 0 ? ` to ${mv.to.map((r) => label(ctx, r)).join(' and ')}` : ''}`,
        },
      };
    }
    if (mv.either) return eitherAsked(ctx, mv, mv.either);
    const sources = mv.alsoFrom && mv.amount !== undefined ? splitAsked(ctx, mv) : undefined;
    if (sources) return sources;
    const each = sourceMoves(mv, ctx.text);
    const change = each ? undefined : moveChange(mv);
    if (each) {
      changes.push(...each);
      moved = [...each.flatMap((c) => (c.type === 'move' ? [c.from] : [])), ...mv.to];
      receivers = mv.to;
    } else if (!change) {
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
      const cut = mv.from && mv.to.length === 0 ? removal(ctx, mv) : undefined;
      if (cut) return whatIfCall(cut, ctx.horizon);
      if (mv.from && mv.to.length === 0) {
        const sources = [mv.from, ...(mv.alsoFrom ?? [])];
        const options = channelOptions(
          ctx,
          sources.flatMap((r) => ctx.catalog.match(r)?.names ?? [r]),
        );
        return {
          kind: 'clarify',
          question: `Which channel should receive the money from ${sources.map((r) => label(ctx, r)).join(' and ')}? ${orList(options)}?`,
          options,
          pending: { intent: 'whatif', missing: 'target', text: ctx.raw },
        };
      }
      // "should we shift money from display to search?": whether it pays, read at the margin.
      if (mv.from && mv.to.length > 0 && ADVICE.test(ctx.text)) return shiftAdvice(mv.from, mv.to);
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
      receivers = mv.to;
    }
  }
  for (const clause of withBorrowedVerbs(clauses(ctx.tokens))) {
    const refs = channelRefs(clause);
    if (moved.length > 0 && refs.length === 0) {
      // "trim total spend by 10% and, on top of that, move 10% of TV into search"
      changes.unshift(
        ...parseChangeClause(clause, ctx.referenceTotal).filter((c) => c.type === 'total'),
      );
      continue;
    }
    if (moved.length > 0 && refs.some((r) => moved.includes(r))) continue;
    const also = moved.length > 0 ? sameMove(clause, receivers) : undefined;
    if (also) {
      changes.push(also);
      continue;
    }
    changes.push(...parseChangeClause(clause, ctx.referenceTotal));
  }
  // "Finance wants 195k back. If we take it off the total budget…": the total's change, with its
  // amount said in another clause, read over the whole message.
  // Not when the KPI is what moves ("if sales fall 10%, what happens to our budget?").
  if (
    changes.length === 0 &&
    channelRefs(ctx.tokens).length === 0 &&
    // "what if we had $1.04M instead of $1.3M?": the total set, budget unsaid.
    (/\b(?:budget|spend|spending)\b/.test(ctx.text) || TOTAL_SET.test(ctx.skel)) &&
    !KPI_MOVES.test(ctx.text)
  )
    changes.push(
      ...parseChangeClause(ctx.tokens, ctx.referenceTotal).filter((c) => c.type === 'total'),
    );
  const freed = savingsInto(changes, ctx);
  if (freed) changes.splice(0, changes.length, freed);
  if (changes.length > 0) {
    // The model is national: a change asked for some regions is simulated everywhere, and said so.
    const regions = regionalScope(ctx.raw);
    return {
      ...whatIfCall(withMoveRatio(changes, ctx), ctx.horizon),
      ...(regions ? { regions } : {}),
    };
  }
  const refs = channelRefs(ctx.tokens);
  // "should we cut radio?": whether it pays its way, not a cut of a size nobody gave.
  if (refs.length > 0 && CUT_ADVICE.test(ctx.text)) return cutAdvice(refs);
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
