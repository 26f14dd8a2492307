import type { ScenarioChange } from '../../tools';
import { multiplierWord } from './change-clause';
import { wordOf } from './token-utils';
import type { Token } from './tokens';

const MOVE_VERBS = new Set(
  'move moving moved shift shifting shifted reallocate reallocating reallocated realloc reassign reassigning transfer transferring redirect redirecting divert diverting redeploy reinvest reinvesting swap put putting take taking pull pulling rebalance send sending give giving pulled took gave sent funnel funnelling funneling funnelled funneled route routing reroute rerouting routed rerouted'.split(
    ' ',
  ),
);
const TARGET_LEAD = new Set(['to', 'into', 'towards', 'toward', 'onto', 'in', 'on', 'for', 'over']);
const SOURCE_LEAD = new Set(['from', 'of', 'out', 'off']);
const ALL_WORDS = new Set(['all', 'everything', 'entire', 'whole', 'fully', 'completely']);

/** A move the user asked for; a missing side is left undefined for a clarifying question. */
export interface MoveParse {
  from?: string;
  to: string[];
  percent?: number;
  amount?: number;
  /** "from TV and radio into search": sources named beside `from`, each giving the same. */
  alsoFrom?: string[];
  /** "to radio or search", "from TV or radio": one of these channels, not all, still to choose. */
  either?: { side: 'from' | 'to'; options: string[] };
}

/** "Put 50k more into search": money added to one channel, not moved from another. */
const ADDITION_WORDS = new Set(['more', 'extra', 'additional', 'another']);

/** A move verb that is part of a phrase meaning something else ("give up", "pull back on"). */
function phrasal(words: string[], i: number, tokens?: Token[]): boolean {
  const next = words[i + 1] ?? '';
  // "take TV down 10%", "bring search back": the channel sits inside the phrasal verb.
  // "if we pulled display entirely": switched off, not moved.
  if (
    tokens?.[i + 1]?.t === 'ch' &&
    /^(?:down|up|back|entirely|completely|altogether|fully|outright)$/.test(words[i + 2] ?? '')
  )
    return true;
  // "if we pulled radio to zero": the channel is switched off, nothing is moved.
  const end = tokens?.[i + 3];
  if (
    tokens?.[i + 1]?.t === 'ch' &&
    words[i + 2] === 'to' &&
    (words[i + 3] === 'nothing' || ((end?.t === 'num' || end?.t === 'money') && end.v === 0))
  )
    return true;
  // "can you put a number on it?", "put a figure on that": to size it, not to move money.
  if (
    /^(?:a|an|some)$/.test(next) &&
    /^(?:number|figure|value|price|estimate|size|amount)$/.test(words[i + 2] ?? '')
  )
    return true;
  // "put search at $400k", "put TV on 50k a week": the channel set to that level, nothing moved.
  if (
    /^(?:put|putting)$/.test(words[i] ?? '') &&
    tokens?.[i + 1]?.t === 'ch' &&
    /^(?:at|on|to)$/.test(words[i + 2] ?? '') &&
    tokens?.[i + 3]?.t === 'money'
  )
    return true;
  // "give me an overview of TV": a request, not money given to a channel.
  if (/^(?:give|giving|gave|send|sending|sent)$/.test(words[i] ?? '') && /^(?:me|us)$/.test(next))
    return true;
  return next === 'up' || next === 'back' || (next === 'down' && words[i] !== 'put');
}

const FLOW_VERB = /^(?:went|goes|go|going|flowed|flows|moves|moved|were|was)$/;

/** "a quarter of display went to facebook": a share said to flow from one channel to another. */
function flows(tokens: Token[], words: string[]): boolean {
  return tokens.some(
    (t, i) =>
      t.t === 'ch' &&
      /^(?:went|goes|go|going|flowed|flows|was moved|were moved|moves)$/.test(words[i + 1] ?? '') &&
      /^(?:to|into|towards|onto)$/.test(words[i + 2] ?? '') &&
      (tokens[i + 3]?.t === 'ch' || (words[i + 3] === 'the' && tokens[i + 4]?.t === 'ch')),
  );
}

/** "halve TV and spread the savings over search and Meta": what a cut frees, handed on. */
function spreadsSavings(words: string[]): boolean {
  return words.some(
    (w, i) =>
      /^(?:spread|spreading|split|splitting|distribute|distributing|divide|dividing)$/.test(w) &&
      (/^(?:it|that|them)$/.test(words[i + 1] ?? '') ||
        (/^(?:the|what)$/.test(words[i + 1] ?? '') &&
          /^(?:savings?|money|difference|cash|rest|we)$/.test(words[i + 2] ?? ''))),
  );
}

/** True when the message reads as moving money between channels. */
export function looksLikeMove(tokens: Token[]): boolean {
  const words = tokens.map(wordOf);
  // "put 10% more into search" adds to search; it moves nothing.
  const adds = (i: number) =>
    (tokens[i + 1]?.t === 'pct' || tokens[i + 1]?.t === 'money') &&
    ADDITION_WORDS.has(words[i + 2] ?? '');
  const hasVerb = words.some((w, i) => MOVE_VERBS.has(w) && !phrasal(words, i, tokens) && !adds(i));
  const chans = tokens.filter((t) => t.t === 'ch').length;
  // "from" before a channel ("from TV to search"), not before a time ("from next week").
  const fromChannel = words.some(
    (w, i) =>
      w === 'from' &&
      (tokens[i + 1]?.t === 'ch' || (words[i + 1] === 'the' && tokens[i + 2]?.t === 'ch')),
  );
  const fromTo = fromChannel && words.some((w) => TARGET_LEAD.has(w)) && chans >= 2;
  // "radio gets another 50k from TV", "TikTok got 20% of display's budget": the one channel that
  // gets it receives it from the other.
  const getter = words.findIndex(
    (w, i) => /^(?:gets?|got|getting|receives?|received)$/.test(w) && tokens[i - 1]?.t === 'ch',
  );
  const gets =
    chans === 2 &&
    getter > 0 &&
    words.filter((w) => /^(?:gets?|got|getting|receives?|received)$/.test(w)).length === 1 &&
    tokens.some((t, i) => i > getter && t.t === 'ch' && /^(?:from|of)$/.test(words[i - 1] ?? ''));
  const instead = words.includes('instead') && words.includes('of') && chans >= 2;
  const amount = tokens.some((t) => t.t === 'pct' || t.t === 'money');
  const arrow = tokens.some(
    (t, i) =>
      t.t === 'ch' &&
      /^(?:to|into|towards|onto)$/.test(words[i + 1] ?? '') &&
      (tokens[i + 2]?.t === 'ch' || (words[i + 2] === 'the' && tokens[i + 3]?.t === 'ch')),
  );
  const addition =
    chans === 1 && !words.includes('from') && words.some((w) => ADDITION_WORDS.has(w));
  if (addition && !arrow) return false;
  return (
    (hasVerb && (chans >= 1 || words.includes('from'))) ||
    (chans >= 2 && spreadsSavings(words)) ||
    fromTo ||
    gets ||
    instead ||
    (amount && (arrow || flows(tokens, words)))
  );
}

/** Channels named in a row ("TV, search and radio"); `either` when joined by "or" ("radio or search"). */
function channelRun(
  tokens: Token[],
  start: number,
): { refs: string[]; end: number; either: boolean } {
  const refs: string[] = [];
  let either = false;
  let k = start;
  while (k < tokens.length) {
    const tok = tokens[k];
    if (tok?.t === 'ch') {
      refs.push(tok.ref);
      k += 1;
      continue;
    }
    const w = wordOf(tok);
    if ((w === 'and' || w === ',' || w === 'or' || w === 'the' || w === '/') && refs.length > 0) {
      const next = tokens[k + 1];
      if (next?.t === 'ch' || (wordOf(next) === 'the' && tokens[k + 2]?.t === 'ch')) {
        if (w === 'or' || w === '/') either = true;
        k += 1;
        continue;
      }
    }
    break;
  }
  return { refs, end: k, either };
}

/**
 * Per token, whether its sentence names no channel while another sentence does ("€2.4bn
 * turnover, 14 markets. If we took 30k out of radio…"): amounts there are context, not the move.
 */
function asideSentences(tokens: Token[]): boolean[] {
  const sentence: number[] = [];
  let n = 0;
  for (const tok of tokens) {
    sentence.push(n);
    if (tok.t === 'p' && /^[.?!;]$/.test(tok.w)) n += 1;
  }
  const named = new Set(sentence.filter((_, i) => tokens[i]?.t === 'ch'));
  return sentence.map((k) => named.size > 0 && !named.has(k));
}

/**
 * Reads a move: source after "from"/"of" (or the first channel), receivers after
 * "to"/"into"/"in"/"give", the share as a percentage or an amount.
 */
export function parseMove(tokens: Token[]): MoveParse {
  let from: string | undefined;
  let to: string[] = [];
  let percent: number | undefined;
  let amount: number | undefined;
  /** `from` was only the first channel named, with no word saying it is the source. */
  let fromByOrder = false;
  let alsoFrom: string[] | undefined;
  let either: MoveParse['either'];
  const aside = asideSentences(tokens);
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i];
    const w = wordOf(tok);
    if (tok?.t === 'pct' && percent === undefined && !aside[i]) percent = tok.v;
    if (tok?.t === 'money' && amount === undefined && !aside[i]) amount = tok.v;
    if (ALL_WORDS.has(w) && percent === undefined && amount === undefined) percent = 100;
    if (tok?.t !== 'ch') continue;
    const lead = wordOf(tokens[i - 1]);
    const lead2 = wordOf(tokens[i - 2]);
    const isTarget =
      TARGET_LEAD.has(lead) ||
      (from !== undefined && !fromByOrder && /^(?:between|among|amongst|across)$/.test(lead)) ||
      (/^(?:went|goes|go|going|flowed|flows|moves)$/.test(lead2) && TARGET_LEAD.has(lead)) ||
      (lead === 'the' && TARGET_LEAD.has(lead2)) ||
      lead === 'give' ||
      lead === 'giving' ||
      (lead === 'it' && TARGET_LEAD.has(lead2));
    const isSource =
      SOURCE_LEAD.has(lead) || (lead === 'the' && SOURCE_LEAD.has(lead2)) || lead === 'instead';
    if (
      isTarget &&
      to.length === 0 &&
      !(lead === 'in' && from === undefined && !isSource && i < 3)
    ) {
      const run = channelRun(tokens, i);
      to = run.refs;
      if (run.either) either = { side: 'to', options: run.refs };
      i = run.end - 1;
    } else if (isSource && from === undefined) {
      from = tok.ref;
      const run = channelRun(tokens, i);
      // "…went into search", "…were moved to search": the verb of the flow before its receiver.
      let k = run.end;
      while (k < run.end + 2 && FLOW_VERB.test(wordOf(tokens[k]))) k += 1;
      if (run.refs.length > 1 && TARGET_LEAD.has(wordOf(tokens[k]))) {
        if (run.either) either = { side: 'from', options: run.refs };
        else alsoFrom = run.refs.slice(1);
        i = run.end - 1;
      } else if (run.refs.length > 1 && !run.either) {
        // "take 10% of TV and radio": both give, not TV to radio; a receiver may follow.
        alsoFrom = run.refs.slice(1);
        i = run.end - 1;
      }
    } else if (isSource && fromByOrder && to.length === 0 && tok.ref !== from) {
      // "fund a bigger Facebook push by taking half of display": the source is named last.
      to = [from as string];
      from = tok.ref;
      fromByOrder = false;
    } else if (from === undefined && to.length === 0) {
      from = tok.ref;
      fromByOrder = true;
    } else if (to.length === 0 && tok.ref !== from) to = channelRun(tokens, i).refs;
  }
  if (from && to.includes(from)) to = to.filter((r) => r !== from);
  alsoFrom = alsoFrom?.filter((r) => !to.includes(r));
  // "halve display and put the savings into Facebook": the half taken is what moves.
  const halved = multiplierWord(tokens.map(wordOf));
  if (percent === undefined && amount === undefined && halved !== undefined && halved < 0)
    percent = -halved;
  return {
    from,
    to,
    percent,
    amount,
    ...(alsoFrom?.length ? { alsoFrom } : {}),
    ...(either ? { either } : {}),
  };
}

/** The scenario change for a complete move, or undefined when a side is missing. */
export function moveChange(move: MoveParse): ScenarioChange | undefined {
  if (!move.from || move.to.length === 0) return undefined;
  if (move.percent === undefined && move.amount === undefined) return undefined;
  const to = move.to.length === 1 ? (move.to[0] as string) : move.to;
  return move.amount !== undefined && move.percent === undefined
    ? { type: 'move', from: move.from, to, amount: move.amount }
    : { type: 'move', from: move.from, to, percent: move.percent };
}

/** "50k each from radio and display", "from both": every source gives the amount said. */
const EACH = /\b(?:each|apiece|per channel|from both|of both|from each|of each)\b/;
/** "20k in all from TV and search": the amount shared evenly between the sources. */
const IN_ALL =
  /\b(?:in all|in total|combined|together|between (?:them|the two|both)|split evenly)\b/;

/**
 * The moves of a move with several sources ("10% of TV and radio into search", "50k each from
 * radio and display into TikTok"): a share is each source's own; an amount is given by each when
 * "each" says so, shared evenly when "in all" says so. Undefined when an amount says neither.
 */
export function sourceMoves(mv: MoveParse, text: string): ScenarioChange[] | undefined {
  if (!mv.from || !mv.alsoFrom || mv.to.length === 0) return undefined;
  const sources = [mv.from, ...mv.alsoFrom];
  const to = mv.to.length === 1 ? (mv.to[0] as string) : mv.to;
  if (mv.percent !== undefined)
    return sources.map((from) => ({ type: 'move', from, to, percent: mv.percent as number }));
  if (mv.amount === undefined) return undefined;
  const amount = EACH.test(text)
    ? mv.amount
    : IN_ALL.test(text)
      ? Math.round((mv.amount / sources.length) * 100) / 100
      : undefined;
  if (amount === undefined) return undefined;
  return sources.map((from) => ({ type: 'move', from, to, amount }));
}
