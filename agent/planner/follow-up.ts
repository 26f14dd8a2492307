import type { ScenarioChange } from '../../tools';
import { ASK_PREFIX } from './back-reference';
import { namesBaselineDriver } from './baseline-topic';
import { type Classification, MIN_SCORE } from './classify';
import { followFlighting } from './follow-flighting';
import { followOptimize } from './follow-optimize';
import { followWhatIf } from './follow-what-if';
import { periodBefore } from './period-before';
import type { IntentName, PlannedCall } from './planner-types';
import { channelRefs, wordOf } from './token-utils';
import type { TurnContext } from './turn-context';
import { withProfitMargin } from './what-if-profit';

/** Words other than reaching a curve further that mark a follow-up. */
const FOLLOW_REST =
  /^undo\b|^(?:(?:oh|ah|um|sorry|ps|btw|also|actually|hmm|well) )?(?:and|what about|how about|same|now|ok|okay|then|also|instead|try|do it|do that|again|but|or|plus|make it|make that|let us try|and if|what if instead)\b|\binstead\b|\bother way\b|\bthe reverse\b|\breverse (?:it|that)\b|\bvice versa\b|\bopposite\b|\bsame (?:but|thing|again|with|for|question|scenario|analysis)\b|\bdo (?:it|that|the same|this)\b|\bwhat about\b|\bhow about\b|\bas well\b|\b(?:that|this|the same) (?:scenario|plan|move|change)\b|\b(?:cut|cutting|reduc\w*|doubl\w*|halv\w*|tripl\w*|increas\w*|boost\w*|rais\w*|lower\w*|slash\w*|trim\w*|kill\w*|paus\w*|stop\w*|drop\w*|scrap\w*|axe|axing|ditch\w*|switch\w*|turn\w*|shut\w*|zero\w*|split\w*|spread\w*|divid\w*|shar\w*) (?:it|them)\b/;
/** Words that mark a message as building on the previous turn. */
export const FOLLOW_CUE = new RegExp(
  `^${ASK_PREFIX}(?:extend|stretch|widen|zoom out|push|take|run|go) (?:it|that|this|the curve|them)?\\s*(?:out |up |further |all the way )?to\\b|${FOLLOW_REST.source}`,
);

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
  // "ok, so optimise the budget then" after another answer: a plan asked, not that answer again.
  if (prev.name !== 'optimize_budget' && /\boptimi[sz](?:e|ing|ation)\b/.test(ctx.text))
    return undefined;
  switch (prev.name) {
    case 'what_if': {
      const changes = (prev.args.changes ?? []) as ScenarioChange[];
      const next = followFlighting(followWhatIf(changes, ctx, prev.args.horizon), prev.args, ctx);
      // "what does that do to profit at 40%?": priced at that margin; a margin said before stays.
      const kept =
        prev.args.margin === undefined
          ? next
          : { ...next, args: { ...next.args, margin: prev.args.margin } };
      return withProfitMargin([kept], ctx);
    }
    case 'optimize_budget':
      return [followOptimize(prev.args, ctx)];
    case 'get_contributions': {
      const args: Record<string, unknown> = { ...prev.args };
      if (refs.length > 0) args.channels = refs;
      if (ctx.period) args.period = ctx.period;
      else {
        const before = periodBefore(ctx.text, prev.args.period);
        if (before) args.period = before;
      }
      if (/\broi\b|\broas\b|\breturn/.test(ctx.text)) args.sortBy = 'roi';
      if (/\bmarginal|\bmroi\b/.test(ctx.text)) args.sortBy = 'mroi';
      // "and price and promotions?": the baseline's drivers, not the channels again.
      if (namesBaselineDriver(ctx.skel)) args.focus = 'baseline';
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
      // "actually make it 12" after a refit with a seed: the new seed.
      const again =
        prev.args.seed !== undefined ? /\bmake (?:it|that) (\d+)\b/.exec(ctx.text) : null;
      const seed = m?.[1] ?? m?.[2] ?? again?.[1];
      return seed ? [{ name: 'fit_model', args: { refit: true, seed: Number(seed) } }] : undefined;
    }
  }
  return undefined;
}

/** Intents that run the same call: drivers are contributions over a period. */
const family = (intent: IntentName): IntentName =>
  intent === 'drivers' ? 'contributions' : intent;

/**
 * The follow-up's calls, unless they would run the previous call again unchanged while the
 * message reads as a request of another kind on its own: "ok so how should we reallocate the
 * budget?" after marginal ROI, or after a what-if, is that plan, not the same answer again.
 */
export function followUpCalls(
  prev: PlannedCall,
  ctx: TurnContext,
  cls: Classification,
  before: IntentName,
): PlannedCall[] | undefined {
  const calls = applyFollowUp(prev, ctx);
  const other =
    cls.score >= MIN_SCORE &&
    !['clarify', 'out_of_scope'].includes(cls.intent) &&
    family(cls.intent) !== family(before);
  const same =
    calls?.length === 1 &&
    calls[0]?.name === prev.name &&
    JSON.stringify(calls[0]?.args) === JSON.stringify(prev.args);
  return other && same ? undefined : calls;
}
