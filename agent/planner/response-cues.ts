import type { Cue } from './cue';
import { MARGINAL_AT } from './marginal-threshold';

/** "at what (weekly) spend … stops paying back", "when does it stop being profitable?" */
const STOPS_PAYING =
  /\b(?:at what (?:\w+ )?(?:point|level|spend|spending|budget)|at which (?:\w+ )?(?:point|level|spend)|when|how much (?:can|could) (?:we|i) spend)\b[^?]*\b(?:stops?|ceases?|no longer|quits?)\b[^?]*\b(?:pay(?:s|ing)? (?:back|off)|paying|profitable|worth it|working|break(?:s|ing)? even|adding)\b/;

/** Cues of a response curve: how a channel's return changes with its spend, where it flattens. */
export const RESPONSE_CUES: Cue[] = [
  {
    re: /^(?!.*\b(?:PCT|MONEY|MULT)\b).*(?:\b(?:should|shall|could|can|do|would) (?:we|i) (?:spend|invest|put|add|allocate|push|go|lean) (?:more|less|harder|heavier|further|a bit more|a lot more)(?: money| budget)?\b[^?]*\bCH\b|\bworth (?:it to )?(?:spending|putting|investing|adding|pushing|going)\b[^?]*\bCH\b|\b(?:too much|too little|enough|under-?invest\w*|over-?invest\w*) (?:on|in|into) CH\b)/,
    weight: 3.5,
  },
  { re: /\bresponse curves?\b|\bcurves?\b|\bresponse (?:of|for|to)\b/, weight: 4 },
  // "plot incremental sales against spend for PPC": the curve, drawn.
  {
    re: /\b(?:sales|revenue|kpi|conversions|orders|response|return|returns|incremental \w+|uplift) (?:against|vs|versus|over|as a function of) (?:the )?(?:spend|spending|investment|budget)\b/,
    weight: 4,
  },
  // "the point on the Facebook curve where each extra dollar brings back $1.20"
  {
    re: /\b(?:point|spot|level|place) on (?:the |our |its )?(?:CH )?(?:response )?curve\b[^?]*\b(?:where|at which)\b/,
    weight: 2,
  },
  // "how far can we push TV before it stops paying?": where its curve stops paying back.
  {
    re: /\bhow (?:far|high|much further|much higher|much more) (?:can|could|should|do|would|will) (?:we|i) (?:push|scale|take|grow|raise|increase|go|spend|ramp|put|invest|add|pour|throw)\b[^?]*\b(?:before|until|till)\b/,
    weight: 4,
  },
  // "at what point does TikTok stop paying back?": where the channel's curve stops paying back,
  // even said of its next dollar ("at what weekly spend does radio's next dollar stop paying
  // back?"), which alone asks for the marginal ROI.
  { re: STOPS_PAYING, weight: 5, unless: (skel) => !/\bCH\b/.test(skel) },
  { re: STOPS_PAYING, weight: 4, unless: (skel) => /\bCH\b/.test(skel) },
  { re: new RegExp(`^(?=.*\\bCH\\b).*\\b${MARGINAL_AT}`), weight: 5 },
  {
    re: /\bsaturat\w*|\bdiminishing\b|\btaper\w*|\bflatten\w*|\blevel(?:s|ling|ing)? off\b|\btails? off\b|\bmaxed out\b|\btapped out\b|\bplateau\w*|\bceiling\b(?! (?:of|on|at) (?:PCT|MONEY|MULT))|\boverspend\w*|\bover-?invested\b|\bspending too much\b/,
    weight: 3.5,
  },
  {
    re: /\bhow (?:(?:does|do|would|will) )?(?:sales|revenue|kpi|CH)\b[^?]*\brespond\w*|\bresponsive\b|\b(?:barely|hardly|no longer|not|never|stopped) (?:move|moves|moving|shift\w*|budg\w*) the needle\b/,
    weight: 3,
  },
  {
    re: /\b(?:what|how much) (?:would|will|do|does) (?:we|i) get\b[^?]*\bif we spend\b/,
    weight: 1,
  },
  // "how long does a TV burst keep working after it comes off air?": a channel's carryover,
  // read off its curve's adstock.
  {
    re: /^(?=[^?]*\bCH\b)[^?]*\bhow long (?:does|do|will|would|did|is|are) (?:\w+ ){0,3}(?:last|keep|work|working|linger|stay|carry|persist|wear)\b/,
    weight: 3,
  },
];
