import type { ScenarioChange } from '../../tools';
import { ASK_PREFIX } from './back-reference';
import { direction, multiplierWord, parseChangeClause, turnsOff } from './change-clause';
import { hasConstraints, parseConstraints } from './constraints';
import { KPI_WORDS } from './kpi-target';
import { looksLikeMove, moveChange, parseMove } from './move-change';
import { AT_MOST_SPENT, buildOptimize } from './optimize-frame';
import type { PlannedCall } from './planner-types';
import { channelRefs, wordOf } from './token-utils';
import type { TurnContext } from './turn-context';

/** Words other than reaching a curve further that mark a follow-up. */
const FOLLOW_REST =
  /^undo\b|^(?:(?:oh|ah|um|sorry|ps|btw|also) )?(?:and|what about|how about|same|now|ok|okay|then|also|instead|try|do it|do that|again|but|or|plus|make it|let us try|and if|what if instead)\b|\binstead\b|\bother way\b|\bthe reverse\b|\breverse (?:it|that)\b|\bvice versa\b|\bopposite\b|\bsame (?:but|thing|again|with|for|question|scenario|analysis)\b|\bdo (?:it|that|the same|this)\b|\bwhat about\b|\bhow about\b|\bas well\b|\b(?:that|this|the same) (?:scenario|plan|move|change)\b|\b(?:cut|reduce|double|halve|triple|increase|boost|raise|lower|slash|trim|kill|pause|stop|drop|scrap|axe|ditch|switch|turn|shut|zero) (?:it|them)\b/;
/** Words that mark a message as building on the previous turn. */
export const FOLLOW_CUE = new RegExp(
  `^${ASK_PREFIX}(?:extend|stretch|widen|zoom out|push|take|run|go) (?:it|that|this|the curve|them)?\\s*(?:out |up |further |all the way )?to\\b|${FOLLOW_REST.source}`,
);

const REVERSE = /\bother way\b|\breverse\b|\bvice versa\b|\bopposite\b|\bflip\b/;

function sideOf(ctx: TurnContext, ref: string): 'from' | 'to' | undefined {
  const i = ctx.tokens.findIndex((t) => t.t === 'ch' && t.ref === ref);
  const lead = wordOf(ctx.tokens[i - 1]);
  if (/^(?:to|into|towards|onto)$/.test(lead)) return 'to';
  if (/^(?:from|of)$/.test(lead)) return 'from';
  return undefined;
}

/** "and put the savings into TikTok" after a cut: the money cut moves instead of vanishing. */
const SAVINGS_TO =
  /\b(?:savings?|saved|freed(?: up)?|difference|proceeds|released|what we save|the money|that money|the cash|the budget|it|that|them)\b[^?]*\b(?:to|into|on|onto|towards|in) (?:the )?CH\b/;

function savingsMoved(prev: ScenarioChange[], ctx: TurnContext): ScenarioChange | undefined {
  const cut = prev.length === 1 ? prev[0] : undefined;
  const refs = channelRefs(ctx.tokens);
  if (!cut || refs.length !== 1 || !SAVINGS_TO.test(ctx.skel)) return undefined;
  const to = refs[0] as string;
  if (cut.type === 'scale' && cut.percent < 0 && cut.channel !== to)
    return { type: 'move', from: cut.channel, to, percent: -cut.percent };
  if (cut.type === 'set' && cut.amount === 0 && cut.channel !== to)
    return { type: 'move', from: cut.channel, to, percent: 100 };
  if (cut.type === 'add' && cut.amount < 0 && cut.channel !== to)
    return { type: 'move', from: cut.channel, to, amount: -cut.amount };
  return undefined;
}

/** "and TV by 5% at the same time": a change added to the previous ones, not replacing them. */
const ALSO =
  /\b(?:at the same time|as well|too|also|in addition|on top(?: of that| of it)?|alongside|plus|another)\b/;
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

function followWhatIf(prev: ScenarioChange[], ctx: TurnContext, horizon: unknown): PlannedCall {
  const h = ctx.horizon ?? horizon;
  const withHorizon = (changes: ScenarioChange[]): PlannedCall => ({
    name: 'what_if',
    args: { changes, ...(h !== undefined ? { horizon: h } : {}) },
  });
  const moved = savingsMoved(prev, ctx);
  if (moved) return withHorizon([moved]);
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
        const mult =
          multiplierWord(ctx.text.split(' ')) ?? (/\bhalf\b/.test(ctx.text) ? -50 : undefined);
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

function followOptimize(prev: Record<string, unknown>, ctx: TurnContext): PlannedCall {
  const fresh = buildOptimize(ctx);
  const freshArgs = fresh.kind === 'calls' ? (fresh.calls[0]?.args ?? {}) : {};
  const args: Record<string, unknown> = { ...prev };
  for (const [k, v] of Object.entries(freshArgs)) {
    if (k === 'objective' && v === 'max_kpi') continue;
    if (k === 'constraints') continue;
    args[k] = v;
  }
  // A bare number after a profit plan is the new margin ("and with 40%?"), after a ROAS target
  // the new target ("what about 3?").
  const bare = ctx.tokens.find((t) => t.t === 'pct' || t.t === 'num' || t.t === 'mult');
  const budgetWords = /\b(?:budget|spend|spending|money|total|investment)\b/.test(ctx.text);
  const said = bare?.t && !budgetWords ? (bare.t === 'pct' ? bare.v / 100 : bare.v) : undefined;
  if (said !== undefined && !('margin' in freshArgs) && prev.objective === 'max_profit') {
    if (said > 0 && said <= 1) args.margin = said;
  }
  if (said !== undefined && !('targetRoas' in freshArgs) && prev.objective === 'target_roas') {
    if (said > 0) args.targetRoas = said;
  }
  if ('targetKpiPct' in freshArgs && !KPI_WORDS.test(ctx.text) && prev.objective !== 'target_kpi') {
    // "and with 10% more?" after a plan for a budget: more budget, not more sales.
    const pct = freshArgs.targetKpiPct as number;
    delete args.targetKpiPct;
    args.objective = prev.objective ?? 'max_kpi';
    if (typeof prev.budget === 'number') args.budget = Math.round(prev.budget * (1 + pct / 100));
    else args.budgetChangePct = pct;
  }
  // "what if we don't have to spend all of it?": the same budget as a ceiling.
  if (AT_MOST_SPENT.test(ctx.text)) args.totalMode = 'at_most';
  if ('budget' in freshArgs) delete args.budgetChangePct;
  if ('budgetChangePct' in freshArgs) delete args.budget;
  const prevC = (prev.constraints ?? {}) as Record<string, unknown>;
  const { constraints } = parseConstraints(ctx.tokens, ctx.catalog.channels);
  const merged: Record<string, unknown> = { ...prevC };
  for (const [k, v] of Object.entries(constraints)) {
    if (Array.isArray(v)) merged[k] = [...new Set([...((prevC[k] as string[]) ?? []), ...v])];
    else merged[k] = { ...((prevC[k] as object) ?? {}), ...v };
  }
  if (Object.keys(constraints).length === 0) retuneConstraint(merged, ctx);
  if (Object.keys(merged).length > 0) args.constraints = merged;
  return { name: 'optimize_budget', args };
}

/** "relax that to 35%", "tighten the cap to 20%", "make it 3x": a new value for the one bound. */
const RETUNE =
  /\b(?:relax|loosen|tighten|raise|lower|change|make|set|move|bump|increase|decrease|reduce|push|drop|up)\w* (?:that|it|this|the (?:cap|limit|floor|ceiling|constraint|minimum|maximum|bound|share))\b[^?]*\bto (?:PCT|MULT|MONEY)\b/;

function retuneConstraint(merged: Record<string, unknown>, ctx: TurnContext): void {
  if (!RETUNE.test(ctx.skel)) return;
  const entries = Object.entries(merged).filter(([, v]) => v && !Array.isArray(v));
  const [kind, bounds] =
    entries.length === 1 ? (entries[0] as [string, Record<string, number>]) : [];
  const channels = Object.keys(bounds ?? {});
  if (!kind || channels.length !== 1) return;
  const said = ctx.tokens.find((t) => t.t === 'pct' || t.t === 'mult' || t.t === 'money');
  const value = /Share$/.test(kind)
    ? said?.t === 'pct' && said.v / 100
    : /Multiple$/.test(kind)
      ? said?.t === 'mult' && said.v
      : said?.t === 'money' && said.v;
  if (typeof value === 'number' && value > 0) merged[kind] = { [channels[0] as string]: value };
}

const CONSTRAINT_WORDS =
  /\b(?:must|has to|have to|needs? to|at least|at most|no more than|no less than|not more than|not less than|minimum|maximum|floor|cap|capped|keep|keeping|lock|locked|do not touch|don't touch|leave|without|excluding|except|ceiling|limit)\b|\bno (?:single |one )?channels? (?:above|over|below|under|more than|less than|exceeds?)\b/;

/**
 * A constraint added to the previous turn's optimization ("what if TV must be at least
 * $500k?", "keep radio where it is") or the budget made a ceiling ("what if we don't have to
 * spend all of it?"): the optimization again with it, not a what-if.
 */
export function addsConstraint(prev: PlannedCall | undefined, ctx: TurnContext): boolean {
  if (prev?.name !== 'optimize_budget') return false;
  if (AT_MOST_SPENT.test(ctx.text)) return true;
  if (!CONSTRAINT_WORDS.test(ctx.text)) return false;
  return hasConstraints(parseConstraints(ctx.tokens, ctx.catalog.channels).constraints);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Calibrate with our search holdout: iROAS 1.2, SE 0.25" then "oh and it ran 6 May to 30 June
 * 2024": the dates said next are the window of the tests given without one.
 */
function datedTests(
  prev: Record<string, unknown>,
  ctx: TurnContext,
): Record<string, unknown>[] | undefined {
  const tests = prev.liftTests as Record<string, unknown>[] | undefined;
  const days = ctx.tokens.map(wordOf).filter((w) => ISO_DAY.test(w));
  if (!tests?.length || days.length !== 2) return undefined;
  if (tests.every((t) => t.from !== undefined)) return undefined;
  return tests.map((t) => (t.from === undefined ? { ...t, from: days[0], to: days[1] } : t));
}

/**
 * Applies a follow-up ("and 30%?", "what about radio instead?", "do it with $2M", "now without
 * search", "same but over 6 months", "the other way round") to the previous turn's main call.
 * Returns the calls to run, or undefined when the message does not change that call.
 */
export function applyFollowUp(prev: PlannedCall, ctx: TurnContext): PlannedCall[] | undefined {
  const refs = channelRefs(ctx.tokens);
  switch (prev.name) {
    case 'what_if': {
      const changes = (prev.args.changes ?? []) as ScenarioChange[];
      return [followWhatIf(changes, ctx, prev.args.horizon)];
    }
    case 'optimize_budget':
      return [followOptimize(prev.args, ctx)];
    case 'get_contributions': {
      const args: Record<string, unknown> = { ...prev.args };
      if (refs.length > 0) args.channels = refs;
      if (ctx.period) args.period = ctx.period;
      if (/\broi\b|\broas\b|\breturn/.test(ctx.text)) args.sortBy = 'roi';
      if (/\bmarginal|\bmroi\b/.test(ctx.text)) args.sortBy = 'mroi';
      return [{ name: 'get_contributions', args }];
    }
    case 'get_response_curve': {
      const mult = ctx.tokens.find((t) => t.t === 'mult');
      if (refs.length === 0 && mult?.t === 'mult' && mult.v > 1 && mult.v <= 10)
        return [{ name: 'get_response_curve', args: { ...prev.args, maxMultiple: mult.v } }];
      if (refs.length === 0) return undefined;
      return refs.map((channel) => ({
        name: 'get_response_curve',
        args: { ...prev.args, channel },
      }));
    }
    case 'fit_model': {
      const dated = datedTests(prev.args, ctx);
      if (dated) return [{ name: 'fit_model', args: { ...prev.args, liftTests: dated } }];
      const m = /\bseed (?:of |to )?(\d+)\b|^(?:and |now |with )*(\d+)\b/.exec(ctx.text);
      const seed = m?.[1] ?? m?.[2];
      return seed ? [{ name: 'fit_model', args: { refit: true, seed: Number(seed) } }] : undefined;
    }
  }
  return undefined;
}
