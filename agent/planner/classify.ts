import { ALL_MEDIA } from './change-clause';
import { INTENT_CUES } from './intent-lexicon';
import type { IntentName } from './planner-types';
import { skeleton } from './skeleton';
import type { TurnContext } from './turn-context';

/** The intent read from one message, with its score (sum of cue weights). */
export interface Classification {
  intent: IntentName;
  score: number;
  scores: Partial<Record<IntentName, number>>;
  /** Declined for what it asks (a post to write, an ad account to act on), not for lack of cues. */
  declined?: boolean;
}

const ORDER: IntentName[] = [
  'refit',
  'help',
  'methodology',
  'diagnostics',
  'optimize',
  'whatif',
  'mroi',
  'response',
  'contributions',
];

/** Asks what something is or means, rather than for this model's numbers. */
const CONCEPT =
  /\b(?:explain|define|definition|meaning of|what do you mean|what is meant|difference between|differences between|distinction between|differ|tell me about|in plain (?:english|words|terms))\b|\bwhat (?:even |exactly |actually |really )?(?:is|are) (?:an? )?(?!the\b|our\b|my\b)\w+(?: \w+)?$/;
const ABOUT_DATA = /\b(?:our|my|we|us|this data|these numbers|the results|this model)\b/;

/**
 * A question about a concept ("explain saturation curves", "the difference between ROI and
 * marginal ROI?") names no channel, number or period and asks what something is: methodology,
 * even though its words are those of other intents.
 */
function conceptual(ctx: TurnContext): boolean {
  if (ctx.period || ctx.tokens.some((t) => t.t !== 'w' && t.t !== 'p')) return false;
  const plain = ctx.skel.replace(/[?!.]/g, ' ').replace(/\s+/g, ' ').trim();
  return CONCEPT.test(plain) && !ABOUT_DATA.test(plain);
}

/** Below this score a message is not about marketing mix at all. */
export const MIN_SCORE = 1.5;

/** Creative or personal requests that merely mention a channel ("a poem about search ads"). */
const OFF_TOPIC =
  /\b(?:write|compose|make up|tell|sing|draft)\b[^?]*\b(?:poems?|songs?|jokes?|haikus?|limericks?|stor(?:y|ies)|raps?|lyrics|sonnets?|riddles?|recipes?|fairy ?tales?)\b|\b(?:poem|song|joke|haiku|limerick|sonnet|rap|riddle|recipe) (?:about|on|for)\b|\b(?:write|draft|compose|give me|come up with|suggest|brainstorm|generate|pitch)\b (?:[A-Za-z0-9'-]+ ){0,3}(?:posts?|tweets?|emails?|press release|blog|captions?|slogans?|taglines?|headlines?|ad copy|newsletter|jingles?|hashtags?)\b|\b(?:salar(?:y|ies)|pay (?:rise|range|band)|job (?:description|ad|posting|title)|interview questions?)\b|\bhow much (?:does|did|do|is|are) (?!we\b|i\b|you\b|our\b|the\b|this\b|that\b|it\b|each\b|every\b|CH\b)[a-z]+(?: (?!CH\b)[a-z]+)? (?:spend|spending|invest|investing|put|putting)\b|\b(?:write|draft|generate|give me|help me write|fix|debug)\b[^?]*\b(?:sql|query|queries|code|script|python|regex|macro|spreadsheet formula|excel formula|dax)\b|\b(?:merge conflicts?|git|react|javascript|typescript|kubernetes|docker|css)\b|\b(?:what|how much) (?:is|are|does|do|did) (?:our |the |a )?(?:competitors?|rivals?|competition)\b(?: \w+)? (?:spend|spending|invest\w*|putting|put)\b|\bwhat (?:is|s) the weather\b|\bweather (?:in|for|like|forecast|this|tomorrow|today)\b|\brecommend (?:a|an|some|me a) (?:good |great |decent |cheap )?(?:crm|CH|software|tool|platform|vendor|agency|laptop|book|restaurant|hotel) for (?:a|an|our|my)\b(?![^?]*\b(?:budget|spend|mix|plan|allocation)\b)|\bwhich (?:influencers?|creators?|celebrit\w+|ambassadors?|agenc\w+|vendors?|CH) (?:should|would|could|do) (?:we|i) (?:sign|hire|partner with|book|contract|work with)\b|\btranslat(?:e|ed|ing|ion)\b|\b(?:can|could|would|will) you (?:please )?(?:set up|setup|create|build|launch|configure|manage|write)\b[^?]*\b(?:campaigns?|ad ?sets?|ad groups?|ads|accounts?|audiences?)\b|^(?:please |pls |now |go |and )*(?:set up|setup|launch|configure|create (?:a|an|the|new|me a|us a)(?: new)?(?: CH)?(?: \w+)?) (?:(?:a|an|the|new|our|my) )?(?:CH )?(?:\w+ )?(?:campaigns?|ad ?sets?|ad groups?|audiences?|ad accounts?)\b|\bsummari[sz]e (?:this|that|the attached|an?|the) (?!model\b|fit\b|results?\b)(?:\w+ ){0,2}(?:report|article|paper|pdf|whitepaper|blog|study)\b|\bcreative (?:strategy|direction|concepts?|ideas?|brief|angles?)\b|\b(?:which|what) (?:of (?:our|the|my) )?(?:CH )?(?:creatives?|ad variants?|variants?|executions?|ad versions?|spots?|videos?|banners?|headlines?|thumbnails?|designs?)\b(?! (?:channels?|platforms?|networks?))(?![^?]*\bCH\b[^?]*\bCH\b)[^?]*\b(?:better|best|worse|worst|won|winner|outperform\w*)\b|\b(?:email|send|forward|share|export|upload|post|leak)\b[^?]*\S@\S/;
/** "which keywords should we bid on?": keyword and bid choices inside a platform, not the mix. */
const PLATFORM_TACTICS =
  /\b(?:which|what) (?:\w+ )?(?:keywords?|search terms?|CH terms?|key ?phrases?|negative keywords?)\b|\bkeywords? (?:to|should (?:we|i)|we should|i should) (?:bid|target|buy)\b/;

/** Words that say nothing about what is wanted ("tv numbers please?"). */
const FILLER =
  /^(?:and|what|about|how|s|is|the|our|my|for|on|please|pls|numbers?|figures?|stats|results?|data|then|so|ok|okay|now|again|too|also|just|only|channel|channels)$/;

/** A message that is little more than channel names: what is asked for is their figures. */
function terse(ctx: TurnContext): boolean {
  return ctx.tokens.filter((t) => t.t === 'w' && !FILLER.test(t.w)).length <= 1;
}

/**
 * An instruction to act on the ad accounts ("pause all our Meta campaigns for tonight"), not a
 * question about what it would do: MixPilot simulates changes, it does not make them.
 */
const ACCOUNT_ACTION =
  /^(?![^?]*\b(?:what|impact|effect|happen\w*|revenue|sales|would|if|simulate|scenario|kpi|PCT|MONEY|MULT)\b)(?:please |pls |can you |could you |would you |go |ok |okay )*(?:pause|stop|turn off|switch off|shut off|shut down|launch|start|activate|enable|disable|kill|restart|resume|unpause|raise|lower|increase|decrease|change|set|update)\b[^?]*\b(?:campaigns?|ads|ad ?sets?|ad groups?|bids?|creatives?|line items?|insertion orders?)\b/;

/**
 * "push that live into Google Ads and Meta", "implement this plan in our ad accounts": putting a
 * plan into the ad platforms, which MixPilot does not do.
 */
const GO_LIVE =
  /\b(?:push|put|set|make|take|send|roll|switch)(?:ing)? (?:it |that |this |these |them |the (?:plan|allocation|split|changes?|budgets?|recommendations?) )?(?:live|out live|into effect)\b|\b(?:implement|upload|load|deploy|execute|traffic|enter)(?:ing)? (?:it|that|this|these|them|the (?:plan|allocation|split|changes?|budgets?|recommendations?)) (?:in|into|to|on) (?:(?:our|the) )?(?:ad |ads )?(?:accounts?|platforms?|ads manager|dv360|CH ads)\b/;

/**
 * "now book the TV slots with our agency", "buy the radio spots for May": buying media from
 * sellers or agencies, which MixPilot does not do (unlike "what if we bought more TV?").
 */
const BOOK_MEDIA =
  /^(?![^?]*\b(?:what|how|impact|effect|happen\w*|revenue|sales|would|if|should|simulate|scenario|kpi|PCT|MULT)\b)[^?]*\b(?:book|buy|purchase|reserve|order|negotiate)(?:ing)? (?:the |our |some |those |these |all )?(?:CH )?(?:(?:q[1-4]|spring|summer|autumn|fall|winter|holiday|xmas|christmas|next|new) )?(?:slots?|spots?|airtime|inventory|placements?|media buys?|insertions?|ad space|billboards?|sponsorships?|flights?|campaign)\b|\b(?:with|through|via) (?:the |our )?agency\b[^?]*\bfor (?:me|us)\b|\b(?:raise|issue|create|send|approve|sign|process|pay)(?:ing)? (?:a |an |the |our )?(?:po|pos|purchase orders?|invoices?|contracts?|insertion orders?)\b/;

/**
 * "email the Q3 plan over to the finance team", "forward the report to my boss": sending results
 * somewhere, which MixPilot does not do (answers can be copied or shared from the chat).
 */
const SEND_RESULTS =
  /\b(?:email|e-mail|mail|forward)(?:ing|ed)? (?:it|that|this|these|them|(?:the |our |my |this |that )?(?:\w+ ){0,2}(?:plan|report|deck|numbers|results|forecast|recommendations?|analysis|summary)) (?:over |across )?(?:to|with)\b|\b(?:send|share|post|slack)(?:ing|ed)? (?:the |our |my |this |that )?(?:\w+ ){0,2}(?:plan|report|deck|numbers|results|forecast|recommendations?|analysis|summary) (?:over |across )?(?:to|with)\b/;

/** The skeleton with channels this dataset lacks as their words ("draft an email to…"). */
function withUnknownChannelsAsWords(ctx: TurnContext): string {
  if (!ctx.tokens.some((t) => t.t === 'ch' && t.missing)) return ctx.skel;
  return skeleton(ctx.tokens.map((t) => (t.t === 'ch' && t.missing ? { t: 'w', w: t.said } : t)));
}

/** Scores every intent's cues on the message skeleton and picks the strongest. */
export function classify(ctx: TurnContext): Classification {
  const scores: Partial<Record<IntentName, number>> = {};
  for (const [intent, cues] of Object.entries(INTENT_CUES)) {
    let s = 0;
    for (const cue of cues) if (cue.re.test(ctx.skel) && !cue.unless?.(ctx.skel)) s += cue.weight;
    scores[intent as IntentName] = s;
  }
  const has = (re: RegExp) => re.test(ctx.skel);
  const chans = ctx.tokens.some((t) => t.t === 'ch');
  scores.contributions =
    (scores.contributions ?? 0) + (scores.drivers ?? 0) + (ctx.period ? 0.5 : 0);
  scores.drivers = 0;
  if (has(/\bMONEY\b/) && (scores.optimize ?? 0) > 0) scores.optimize = (scores.optimize ?? 0) + 1;
  if (
    !chans &&
    !has(
      /\b(?:total|overall|entire|whole|budget|everything|board|all channels|across channels|every channel|pro rata|proportionally)\b/,
    ) &&
    !has(ALL_MEDIA)
  ) {
    scores.whatif = Math.min(scores.whatif ?? 0, 2);
  }
  if ((scores.whatif ?? 0) >= 3 && (scores.optimize ?? 0) < 3) scores.optimize = 0;
  // An amount taken out of a named channel is a move even when it is then "split" among others.
  if (
    (scores.whatif ?? 0) >= (scores.optimize ?? 0) &&
    has(/\b(?:PCT|MONEY|half|all)\b[^?]*\b(?:out of|from|of) CH\b/)
  )
    scores.optimize = Math.min(scores.optimize ?? 0, (scores.whatif ?? 0) - 0.5);
  if ((scores.methodology ?? 0) >= 2.5 && conceptual(ctx)) {
    const top = Math.max(...Object.values(scores).map((v) => v ?? 0));
    scores.methodology = Math.max(scores.methodology ?? 0, top + 0.5);
  }
  if (
    OFF_TOPIC.test(withUnknownChannelsAsWords(ctx)) ||
    ACCOUNT_ACTION.test(ctx.skel) ||
    BOOK_MEDIA.test(ctx.skel) ||
    SEND_RESULTS.test(ctx.skel) ||
    PLATFORM_TACTICS.test(ctx.skel) ||
    GO_LIVE.test(ctx.skel)
  )
    return { intent: 'out_of_scope', score: 0, scores, declined: true };
  let best: IntentName = 'out_of_scope';
  let bestScore = 0;
  for (const intent of ORDER) {
    const s = scores[intent] ?? 0;
    if (s > bestScore) {
      best = intent;
      bestScore = s;
    }
  }
  if (bestScore < MIN_SCORE) {
    if (!chans) return { intent: 'out_of_scope', score: bestScore, scores };
    // "tv?" or "radio numbers please" asks for the channel's figures; a sentence that names a
    // channel but nothing the planner recognises is asked back rather than guessed.
    return { intent: terse(ctx) ? 'contributions' : 'clarify', score: MIN_SCORE, scores };
  }
  if (best === 'contributions' && ctx.period) best = 'drivers';
  return { intent: best, score: bestScore, scores };
}
