import type { AnswerLead, PlannedCall } from './planner-types';
import { channelRefs } from './token-utils';
import type { FrameResult, TurnContext } from './turn-context';

/** "performs worst", "the weakest channel", "least efficient", "what's not working". */
export const WORST =
  /\b(?:worst|weakest|lowest|poorest|bottom|underperform\w*|under-perform\w*|laggards?)\b|(?<!\bat )\bleast\b|\bnot (?:working|performing|paying off|pulling (?:its|their) weight)\b/;

/** Words that rank by what a channel made rather than by its return per dollar. */
const MADE =
  /\bcontribut\w*|\b(?:revenue|sales|kpi|conversions|orders|incremental|share|volume)\b|\b(?:drive|drives|drove|driving|bring|brings|brought|generat\w*|make|makes|made)\b/;

/** A worst-first question ranks by ROI unless it asks what the channels made. */
export function ranksWorstByRoi(text: string): boolean {
  return WORST.test(text) && !MADE.test(text);
}

/** A ranking or a per-channel question, rather than one figure for all media. */
const PER_CHANNEL =
  /\b(?:which|rank\w*|best|worst|top|highest|lowest|each|every|per channel|by channel|across channels|compare\w*|vs|versus|breakdown|break down|split)\b/;

/** "the overall ROI of our marketing", "our blended ROAS", "return on our media spend". */
const BLENDED =
  /\b(?:overall|blended|total|aggregate|combined|average|portfolio|all-in)\b[^?]*\b(?:roi|roas)\b|\b(?:roi|roas|return)\b (?:on|of|from) (?:all )?(?:of )?(?:our |the |my |total )?(?:marketing|media|advertising|ad spend|paid media|ads)\b|\bwhat (?:is|was) (?:our|my|the) (?:overall |total |blended )?(?:roi|roas)\b/;

/** "what share of revenue comes from media", "our total media contribution". */
const MEDIA = /\b(?:media|marketing|advertising|ads|paid)\b/;
const HOW_MUCH =
  /\b(?:share|proportion|percent\w*|fraction|how much|total|overall|all|in total|altogether)\b/;
const WHAT_MADE =
  /\bcontribut\w*|\b(?:revenue|sales|kpi|conversions|orders|incremental|comes? from|came from|drive|drives|drove|brings?|brought|generat\w*)\b/;

/** What sales would be without media: "what we would sell anyway", "the baseline", "organic". */
const AGAINST_BASELINE =
  /\b(?:anyway|regardless|baseline|base sales|organic(?:ally)?|without (?:any )?(?:marketing|media|advertising|ads))\b/;

const UNIT_WORD: Record<string, string> = { weekly: 'week', daily: 'day', monthly: 'month' };

/** "per week", "a week", "weekly" in the data's own period unit. */
function perPeriod(ctx: TurnContext): boolean {
  const unit = UNIT_WORD[ctx.frequency] ?? 'week';
  const adverb = unit === 'day' ? 'daily' : `${unit}ly`;
  return new RegExp(
    `\\b(?:per|a|each|every|an average|on average per|on average a) ${unit}\\b|\\b${adverb}\\b`,
  ).test(ctx.text);
}

/** "is radio worth keeping?", "should we keep display?": whether a channel pays its way. */
const KEEP = /\bworth keeping\b|\b(?:should|shall|do) (?:we|i) (?:still )?keep\b/;

/** What an answer from contributions should lead with, read from the question. */
export function contributionsLead(ctx: TurnContext, call: PlannedCall): AnswerLead | undefined {
  if (call.name !== 'get_contributions' || call.args.focus === 'baseline') return undefined;
  const text = ctx.text;
  const named = channelRefs(ctx.tokens).length > 0;
  if (named && KEEP.test(text)) return 'keep_or_cut';
  if (WORST.test(text) && !named) return 'worst';
  if (perPeriod(ctx)) return 'per_period';
  // "marketing vs what we would sell anyway": media's total against the baseline, not a ranking.
  if (!named && MEDIA.test(text) && AGAINST_BASELINE.test(text)) return 'media';
  if (named || PER_CHANNEL.test(text)) return undefined;
  if (call.args.sortBy === 'roi' && BLENDED.test(text)) return 'blended';
  if (MEDIA.test(text) && HOW_MUCH.test(text) && WHAT_MADE.test(text)) return 'media';
  return undefined;
}

/** "how sure are you about TV's ROI?", "ROI of every channel with confidence intervals". */
const UNSURE =
  /\bhow (?:sure|confident|certain|precise|reliable|trustworthy|solid)\b|\b(?:confidence|credible|uncertainty|error) (?:intervals?|bands?|ranges?|bars?)\b|\bintervals?\b|\bmargins? of error\b|\buncertain\w*|\bplus or minus\b|\berror bars?\b|\b(?:can|should|do) (?:i|we) trust\b/;
/** The figures whose intervals are asked for, and "every channel" (without naming one). */
const FIGURES = /\b(?:m?roi|m?roas|contributions?)\b/;
const ALL_CHANNELS = /\b(?:every|each|all) (?:of (?:our |the )?)?channels?\b|\bby channel\b/;

/**
 * A question about how sure a channel's figures are (its ROI, its numbers, every channel's ROI
 * with intervals), rather than about the model as a whole ("can I trust this model?", "how
 * confident are we in these numbers?", "can I trust the model for TV?").
 */
export function asksChannelIntervals(ctx: TurnContext): boolean {
  if (!UNSURE.test(ctx.text)) return false;
  if (FIGURES.test(ctx.text)) return true;
  const aboutModel = /\b(?:model|fit|forecasts?|predictions?)\b/.test(ctx.text);
  const channels = channelRefs(ctx.tokens).length > 0 || ALL_CHANNELS.test(ctx.text);
  return channels && !aboutModel;
}

/** The ROI and contribution of the channels asked about, with intervals and the fit's quality. */
export function buildIntervals(ctx: TurnContext): FrameResult {
  const refs = channelRefs(ctx.tokens);
  const args: Record<string, unknown> = { sortBy: 'roi' };
  if (refs.length > 0) args.channels = refs;
  if (ctx.period) args.period = ctx.period;
  return {
    kind: 'calls',
    calls: [
      { name: 'get_contributions', args },
      { name: 'get_model_diagnostics', args: {} },
    ],
    lead: 'intervals',
  };
}

/** Asking for advice ("should we…?", "is it worth…?") rather than for a simulation. */
export const ADVICE =
  /\b(?:should|shall|ought to)\b|\b(?:would|does|will) it (?:make sense|be (?:better|wise|smart|worth it|a good idea))\b|\bis it (?:worth|wise|smart|better|a good idea|time)\b|\bworth (?:it|doing)\b|\bgood idea\b|\bmakes? sense\b|\bdo you recommend\b|\bwould you recommend\b/;

/**
 * "Should we shift money from display to search?" with no amount: whether a move pays is read at
 * the margin, from the next-dollar ROI of the channels on both sides.
 */
export function shiftAdvice(from: string, to: string[]): FrameResult {
  return {
    kind: 'calls',
    calls: [{ name: 'get_contributions', args: { channels: [from, ...to], sortBy: 'mroi' } }],
    lead: 'shift',
  };
}

/** "should we cut radio?", "should we drop display?": whether the channel pays its way. */
export const CUT_ADVICE =
  /\b(?:should|shall|ought|do) (?:we|i) (?:\w+ )?(?:cut|drop|kill|stop|pause|ditch|axe|scrap|reduce|trim|scale back|get rid of|dump|cancel|keep|lose)\b|\bis it (?:time|wise|smart|worth it) to (?:cut|drop|kill|stop|pause|ditch|axe|scrap|reduce|trim)\b/;

/** The channels' ROI and next-dollar ROI, for a question whether to cut or keep them. */
export function cutAdvice(refs: string[]): FrameResult {
  return {
    kind: 'calls',
    calls: [{ name: 'get_contributions', args: { channels: refs, sortBy: 'roi' } }],
    lead: 'keep_or_cut',
  };
}

/** "why is TV's ROI 2.5 but only 1.53 on the response curve?": average against curve figures. */
const CURVE_WORDS =
  /\b(?:curves?|marginal|mroi|mroas|next dollar|steady|run-?rate|slope)\b|\bnext-dollar\b/;
const CONTRAST =
  /\b(?:why|how come|but|differ\w*|different|lower|higher|only|vs|versus|while|whereas|yet|mismatch|inconsistent|disagree\w*|not the same)\b/;

/**
 * A question why a channel's ROI differs from what its response curve or marginal ROI says:
 * the channel's contribution over the data and its curve at the recent spend rate, so the answer
 * explains the gap with the channel's own figures.
 */
export function roiVsCurve(ctx: TurnContext): FrameResult | undefined {
  const refs = channelRefs(ctx.tokens);
  const [channel] = refs;
  if (refs.length !== 1 || !channel) return undefined;
  const text = ctx.text;
  if (!/\b(?:roi|roas)\b/.test(text) || !CURVE_WORDS.test(text) || !CONTRAST.test(text))
    return undefined;
  return {
    kind: 'calls',
    calls: [
      { name: 'get_contributions', args: { channels: [channel], sortBy: 'roi' } },
      { name: 'get_response_curve', args: { channel } },
    ],
    lead: 'roi_vs_curve',
  };
}

/** "what's the carryover of TV?", "how long does TV keep working after we stop?", "TV's half-life" */
const CARRYOVER =
  /\b(?:carry-?over|adstock|half-?life|decay\w*|lag(?:ged)? effects?|lingers?|how long (?:does|do|will|would|did|is|are) (?:\w+ ){0,3}(?:last|keep|work|working|linger|stay|carry|persist|wear))\b/;

/**
 * A question about how long a named channel's effect lasts: its fitted carryover, read off the
 * response-curve tool (the adstock it was fitted with), one call per channel named.
 */
export function carryoverFrame(ctx: TurnContext): FrameResult | undefined {
  const refs = channelRefs(ctx.tokens);
  if (refs.length === 0 || refs.length > 3 || !CARRYOVER.test(ctx.text)) return undefined;
  if (
    /\b(?:what is|what are|explain|define|how (?:is|are) \w+ (?:computed|estimated))\b/.test(
      ctx.text,
    ) &&
    !/\b(?:of|for) CH\b|\bCH s\b/.test(ctx.skel)
  )
    return undefined;
  return {
    kind: 'calls',
    calls: refs.map((channel) => ({ name: 'get_response_curve', args: { channel } })),
    lead: 'carryover',
  };
}

/** The methodology passage an answer with this lead cites, when not its intent's usual one. */
export const LEAD_QUERY: Partial<Record<AnswerLead, string>> = {
  intervals: 'uncertainty intervals on ROI and contributions from posterior draws',
  shift: 'ROI versus marginal ROI: why budget decisions need marginal ROI',
  keep_or_cut: 'ROI versus marginal ROI: two different questions',
  roi_vs_curve: 'ROI versus marginal ROI: average return, marginal ROI at the recent run-rate',
  carryover: 'adstock and carryover: how long a channel keeps working after the spend',
};

/**
 * The previous turn's answer lead, for a follow-up that runs the same tool: kept, except that a
 * lead about all media (blended ROI, media total) is not for a follow-up that names channels.
 */
export function keptLead(
  previous: AnswerLead | undefined,
  call: PlannedCall,
  prev: PlannedCall | undefined,
): AnswerLead | undefined {
  if (!previous || call.name !== prev?.name) return undefined;
  if ((previous === 'blended' || previous === 'media') && call.args.channels) return undefined;
  return previous;
}

/** A question asking why, rather than for figures ("why is TV's marginal ROI higher…?"). */
export function asksWhy(ctx: TurnContext): boolean {
  return /^(?:but |so |and |ok |okay )?(?:why|how come)\b/.test(ctx.text);
}
