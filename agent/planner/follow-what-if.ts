import type { ScenarioChange } from '../../tools';
import { direction, multiplierWord, parseChangeClause, turnsOff } from './change-clause';
import { looksLikeMove, moveChange, parseMove } from './move-change';
import type { PlannedCall } from './planner-types';
import { channelRefs, wordOf } from './token-utils';
import type { TurnContext } from './turn-context';

/* A follow-up to a what-if: "and 30%?", "radio instead", "the other way round", "and TV too". */

const REVERSE = /\bother way\b|\breverse\b|\bvice versa\b|\bopposite\b|\bflip\b/;

function sideOf(ctx: TurnContext, ref: string): 'from' | 'to' | undefined {
  const i = ctx.tokens.findIndex((t) => t.t === 'ch' && t.ref === ref);
  const lead = wordOf(ctx.tokens[i - 1]);
  if (/^(?:to|into|towards|onto)$/.test(lead)) return 'to';
  if (/^(?:from|of)$/.test(lead)) return 'from';
  // "try TikTok as the destination instead", "make the source display": the side said by name.
  if (channelRefs(ctx.tokens).length !== 1) return undefined;
  if (sideNamed(RECEIVER_WORDS).test(ctx.skel)) return 'to';
  if (sideNamed(SOURCE_WORDS).test(ctx.skel)) return 'from';
  return undefined;
}

const RECEIVER_WORDS = '(?:destination|receiver|recipient|target|beneficiary)';
const SOURCE_WORDS = '(?:source|donor|origin)';
function sideNamed(side: string): RegExp {
  return new RegExp(
    `\\bCH (?:as |being |is |becomes )?(?:the )?(?:new )?${side}\\b|\\b${side} (?:is |should be |be |being |to be |becomes |of |channel )?CH\\b`,
  );
}

/** "and put the savings into TikTok" after a cut: the money cut moves instead of vanishing. */
const FREED =
  '(?:savings?|saved|freed(?: up)?|difference|proceeds|released|what we save|the money|that money|the cash|the budget)';
const INTO_CHANNEL = '[^?]*\\b(?:to|into|on|onto|towards|in) (?:the )?CH\\b';
/** "…and the savings went into search": what a cut frees, named, sent to a channel. */
export const SAVINGS_NAMED_TO = new RegExp(`\\b${FREED}\\b${INTO_CHANNEL}`);
const SAVINGS_TO = new RegExp(`\\b(?:${FREED}|it|that|them)\\b${INTO_CHANNEL}`);

function savingsMoved(prev: ScenarioChange[], ctx: TurnContext): ScenarioChange | undefined {
  const cut = prev.length === 1 ? prev[0] : undefined;
  const refs = channelRefs(ctx.tokens);
  if (!cut || refs.length !== 1 || !SAVINGS_TO.test(ctx.skel)) return undefined;
  return cutMovedTo(cut, refs[0] as string);
}

/** A cut made a move of what it frees into `to` (undefined when the change is no cut). */
export function cutMovedTo(cut: ScenarioChange, to: string): ScenarioChange | undefined {
  if (cut.type === 'scale' && cut.percent < 0 && cut.channel !== to)
    return { type: 'move', from: cut.channel, to, percent: -cut.percent };
  if (cut.type === 'set' && cut.amount === 0 && cut.channel !== to)
    return { type: 'move', from: cut.channel, to, percent: 100 };
  if (cut.type === 'add' && cut.amount < 0 && cut.channel !== to)
    return { type: 'move', from: cut.channel, to, amount: -cut.amount };
  return undefined;
}

/** "and TV by 5% at the same time": a change added to the previous ones, not replacing them. */
export const ALSO =
  /\b(?:at the same time|as well|too|also|in addition|on top(?: of that| of it)?|alongside|plus|another|while (?:we|you|i) (?:are|re|am|m) (?:at|on) it)\b/;
/** "half" as the size of a change, not of a time ("over half a year", "a year and a half"). */
const HALF =
  /(?<!\b(?:day|week|month|quarter|year)s? and a )\bhalf\b(?! (?:an? |the )?(?:day|week|month|quarter|year)s?\b)/;
/** "split it between TikTok and search", "spread it across search and social". */
const SPLIT_BETWEEN =
  /\b(?:split|splits|splitting|divide|divided|dividing|spread|spreading|share|shared|sharing)\b[^?]*\b(?:between|across|among|amongst|over)\b[^?]*\bCH\b/;
/** "undo the TV part", "just the search change": keep some of the previous changes. */
const UNDO = /\b(?:undo|drop|remove|forget|scrap|lose|without|skip)\b/;
const ONLY = /\b(?:just|only|keep)\b/;

function channelOf(c: ScenarioChange): string[] {
  if (c.type === 'move') return [c.from, ...(Array.isArray(c.to) ? c.to : [c.to])];
  return c.type === 'total' ? [] : [c.channel];
}

function keptChanges(prev: ScenarioChange[], ctx: TurnContext): ScenarioChange[] | undefined {
  const refs = channelRefs(ctx.tokens);
  if (prev.length < 2 || refs.length === 0) return undefined;
  const i = ctx.tokens.findIndex((t) => t.t === 'ch');
  const before = ctx.tokens.slice(0, i).map(wordOf).join(' ');
  const first = refs[0] as string;
  let kept: ScenarioChange[] = [];
  if (UNDO.test(before)) kept = prev.filter((c) => !channelOf(c).includes(first));
  else if (ONLY.test(before)) kept = prev.filter((c) => channelOf(c).some((r) => refs.includes(r)));
  return kept.length > 0 && kept.length < prev.length ? kept : undefined;
}

/** "TikTok, not display", "radio instead of TV": the channel after these words is replaced. */
const REPLACED = /^(?:not|of|than)$/;

/**
 * "no wait, I meant TikTok, not display" after a change to display: the same change, made to the
 * channel named in its place (said without a new size, which would make it a new change).
 */
function swappedChannel(prev: ScenarioChange[], ctx: TurnContext): ScenarioChange[] | undefined {
  const chans = ctx.tokens.flatMap((t, i) => (t.t === 'ch' && t.ref ? [{ ref: t.ref, i }] : []));
  if (chans.length !== 2 || ctx.tokens.some((t) => t.t === 'pct' || t.t === 'money')) return;
  const isOld = (i: number) =>
    REPLACED.test(wordOf(ctx.tokens[i - 1])) &&
    (wordOf(ctx.tokens[i - 1]) === 'not' ||
      /^(?:instead|rather|place)$/.test(wordOf(ctx.tokens[i - 2])));
  const old = chans.find((c) => isOld(c.i))?.ref;
  const fresh = chans.find((c) => !isOld(c.i))?.ref;
  const used = prev.flatMap(channelOf);
  if (!old || !fresh || !used.includes(old) || used.includes(fresh)) return undefined;
  const swap = (r: string) => (r === old ? fresh : r);
  return prev.map((c) => {
    if (c.type === 'total') return c;
    if (c.type === 'move')
      return { ...c, from: swap(c.from), to: Array.isArray(c.to) ? c.to.map(swap) : swap(c.to) };
    return { ...c, channel: swap(c.channel) };
  });
}

/** "what about half that?", "double that", "twice as much": the last change's size times this. */
function sizeOfPrevious(text: string): number | undefined {
  const m =
    /\b(half|double|twice|triple|three times|quarter)(?: of)? (?:that|this|as much|the amount|the size|that amount|that much)\b/.exec(
      text,
    );
  if (!m) return undefined;
  return { half: 0.5, quarter: 0.25, double: 2, twice: 2, triple: 3, 'three times': 3 }[
    m[1] as string
  ];
}

/** One change made `factor` times as big (a move of 100% stays whole). */
function resized(c: ScenarioChange, factor: number): ScenarioChange {
  const round = (v: number) => Math.round(v * factor * 100) / 100;
  switch (c.type) {
    case 'scale':
    case 'total':
      return { ...c, percent: round(c.percent) };
    case 'add':
    case 'set':
      return { ...c, amount: round(c.amount) };
    case 'move':
      return c.amount !== undefined
        ? { ...c, amount: round(c.amount) }
        : { ...c, percent: Math.min(100, round(c.percent ?? 0)) };
  }
  return c;
}

/**
 * "cut TV by 10%" then "and radio by 5% too": a change said without a verb of its own takes the
 * direction of the change before it.
 */
function borrowedSign(
  prev: ScenarioChange[],
  ctx: TurnContext,
  added: ScenarioChange[],
): ScenarioChange[] {
  const last = prev[prev.length - 1];
  const cut =
    (last?.type === 'scale' && last.percent < 0) || (last?.type === 'add' && last.amount < 0);
  if (!cut || direction(ctx.tokens.map(wordOf)) !== 0 || /[+-]|\bplus\b|\bminus\b/.test(ctx.text))
    return added;
  return added.map((c) =>
    c.type === 'scale' && c.percent > 0
      ? { ...c, percent: -c.percent }
      : c.type === 'add' && c.amount > 0
        ? { ...c, amount: -c.amount }
        : c,
  );
}

export function followWhatIf(
  prev: ScenarioChange[],
  ctx: TurnContext,
  horizon: unknown,
): PlannedCall {
  const h = ctx.horizon ?? horizon;
  const withHorizon = (changes: ScenarioChange[]): PlannedCall => ({
    name: 'what_if',
    args: { changes, ...(h !== undefined ? { horizon: h } : {}) },
  });
  const moved = savingsMoved(prev, ctx);
  if (moved) return withHorizon([moved]);
  const swapped = swappedChannel(prev, ctx);
  if (swapped) return withHorizon(swapped);
  const kept = keptChanges(prev, ctx);
  if (kept) return withHorizon(kept);
  const named = channelRefs(ctx.tokens);
  const fresh = named.some((r) => !prev.some((c) => channelOf(c).includes(r)));
  if (fresh && ALSO.test(ctx.text)) {
    // "and another 20k from display into TV too": a second move beside the first.
    const move = looksLikeMove(ctx.tokens) ? moveChange(parseMove(ctx.tokens)) : undefined;
    const added = move
      ? [move]
      : borrowedSign(prev, ctx, parseChangeClause(ctx.tokens, ctx.referenceTotal));
    if (added.length > 0) return withHorizon([...prev, ...added]);
    // "and display as well?" after switching radio off: the new channel takes the same change.
    const same = prev.at(-1);
    const hasAmount = ctx.tokens.some((t) => t.t === 'pct' || t.t === 'money' || t.t === 'mult');
    if (same && same.type !== 'move' && same.type !== 'total' && !hasAmount) {
      const others = named.filter((r) => !prev.some((c) => channelOf(c).includes(r)));
      return withHorizon([...prev, ...others.map((channel) => ({ ...same, channel }))]);
    }
  }
  const bare = ctx.tokens.find(
    (t, i) =>
      t.t === 'num' &&
      t.v > 0 &&
      t.v <= 100 &&
      !/^(?:day|week|month|quarter|year)s?$/.test(wordOf(ctx.tokens[i + 1])),
  );
  const pct =
    ctx.tokens.find((t) => t.t === 'pct') ??
    (bare?.t === 'num' ? { t: 'pct' as const, v: bare.v } : undefined);
  const money = ctx.tokens.find((t) => t.t === 'money');
  const refs = channelRefs(ctx.tokens);
  const dir = direction(ctx.text.split(' '));
  const reverse = REVERSE.test(ctx.text);
  const off = turnsOff(ctx.tokens);
  const factor = sizeOfPrevious(ctx.text);
  if (factor !== undefined && !pct && !money && refs.length === 0)
    return withHorizon(prev.map((c) => resized(c, factor)));
  const changes = prev.flatMap((c): ScenarioChange[] => {
    if (off && (c.type === 'scale' || c.type === 'add' || c.type === 'set'))
      return (refs.length > 0 ? refs : [c.channel]).map((channel) => ({
        type: 'set',
        channel,
        amount: 0,
      }));
    switch (c.type) {
      case 'move': {
        let next: ScenarioChange = { ...c };
        if (reverse && typeof c.to === 'string') next = { ...next, from: c.to, to: c.from };
        if (pct?.t === 'pct')
          next = { type: 'move', from: next.from, to: next.to, percent: Math.min(100, pct.v) };
        else if (money?.t === 'money' && money.v > 0)
          next = { type: 'move', from: next.from, to: next.to, amount: money.v };
        // "split it between TikTok and search instead": the money goes to both.
        const shared = refs.filter((r) => r !== c.from);
        if (SPLIT_BETWEEN.test(ctx.skel) && shared.length >= 2) return [{ ...next, to: shared }];
        for (const r of refs) {
          const side = sideOf(ctx, r) ?? 'from';
          if (side === 'to') next = { ...next, to: r };
          else if (r !== (typeof next.to === 'string' ? next.to : '')) next = { ...next, from: r };
        }
        return [next];
      }
      case 'scale':
      case 'total': {
        let percent = reverse ? -c.percent : c.percent;
        const mult = multiplierWord(ctx.text.split(' ')) ?? (HALF.test(ctx.text) ? -50 : undefined);
        if (mult !== undefined && pct?.t !== 'pct') percent = mult;
        else if (pct?.t === 'pct')
          percent = dir !== 0 ? dir * pct.v : Math.sign(c.percent || 1) * pct.v;
        if (c.type === 'total') return [{ type: 'total', percent }];
        const channels = refs.length > 0 ? refs : [c.channel];
        return channels.map((channel) => ({ type: 'scale', channel, percent }));
      }
      case 'add': {
        let amount = reverse ? -c.amount : c.amount;
        if (money?.t === 'money')
          amount = dir !== 0 ? dir * money.v : Math.sign(c.amount || 1) * money.v;
        const channels = refs.length > 0 ? refs : [c.channel];
        return channels.map((channel) => ({ type: 'add', channel, amount }));
      }
      case 'set': {
        const channels = refs.length > 0 ? refs : [c.channel];
        // "no, just halve it" after switching a channel off: the channel halved, not off.
        const mult = multiplierWord(ctx.text.split(' '));
        if (mult !== undefined && money?.t !== 'money' && pct?.t !== 'pct')
          return channels.map((channel) => ({ type: 'scale', channel, percent: mult }));
        // "what about a 30% cut instead?" after switching a channel off: a cut, not off.
        if (pct?.t === 'pct' && money?.t !== 'money' && dir !== 0)
          return channels.map((channel) => ({ type: 'scale', channel, percent: dir * pct.v }));
        const amount = money?.t === 'money' ? money.v : c.amount;
        return channels.map((channel) => ({ type: 'set', channel, amount }));
      }
    }
    return [c];
  });
  return withHorizon(changes);
}
