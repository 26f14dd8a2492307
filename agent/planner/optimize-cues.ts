import { BOUNDED_REALLOCATION } from './bounded-reallocation';
import type { Cue } from './cue';
import { MARGINAL_AT, MARGINAL_FLOOR, MARGINAL_MONEY } from './marginal-threshold';
import { STATED_MARGIN, speaksOfProfit } from './profit-margin';

/**
 * "how do we get the most profit out of media?", "how can we squeeze more sales from it?": a
 * goal for the budget to reach, not a question about how the model works.
 */
export const GOAL =
  /\bhow (?:do|can|could|should|would|might|to|best to) (?:we |i |you )?(?:get|make|squeeze|extract|wring|drive|generate|achieve) (?:the )?(?:most|more|max\w*|best|biggest|highest|better) (?:\w+ ){0,2}?(?:profit\w*|revenue|sales|kpi|returns?|roi|roas|conversions|orders|bookings|value|growth|bang|out of)\b/;

/** A new allocation: split a budget, reach a target, keep a ROAS, where to cut. */
export const OPTIMIZE_CUES: Cue[] = [
  { re: GOAL, weight: 3 },
  {
    re: /\b(?:gets?|reach|hit|achieve|deliver|drive|grow|generate|add|gain|need|take|make|wants?|promised|promise|committed|commit|owe|guaranteed?)\b[^?.]*\b(?:plus )?(?:PCT|MONEY) (?:more |extra |additional |higher |increase in |growth in |uplift in |lift in |in |of )?(?:revenue|sales|kpi|conversions|growth|uplift|lift)\b(?! (?:in|on|across|of|to|for) (?:the |our |my |total |whole |entire |overall )*(?:media |marketing )?(?:budget|spend|spending|investment))/,
    weight: 4.5,
  },
  {
    re: /\b(?:how much|what|which) (?:budget|spend|spending|money|investment)\b[^?]*\bPCT (?:more |extra |additional |higher )?(?:revenue|sales|kpi|conversions|orders|growth|lift|uplift)\b/,
    weight: 3,
  },
  {
    re: /\b(?:better|smarter|best|optimal|right|efficient|more efficient) (?:mix|split|allocation|distribution)\b|\bsame (?:budget|spend|money|total)\b|\bflat budget\b/,
    weight: 3,
  },
  {
    re: /\b(?:optimi[sz]\w*|optimal\w*|optimum|ideal|recommend\w*|best (?:possible )?(?:mix|allocation|split|plan|budget|way|distribution|media mix))\b/,
    weight: 3,
  },
  {
    re: /\b(?:allocate|allocation|split|distribute|divide|spread|deploy|invest|spend|use|assign|plan)\b[^?]*\b(?:across|among|amongst|between|over)\b(?! the (?:next|last|past|coming))/,
    weight: 2,
  },
  {
    // Not "how do I use this tool?", which asks how MixPilot is used.
    re: /\bhow (?:should|do|would|can|could|to|best to) (?:we |i |you )?(?:spend|allocate|split|invest|distribute|divide|deploy|use(?! (?:you|mixpilot|(?:this|the) (?:thing|tool|app|bot|assistant|chatbot|product|service))\b)|spread|plan)/,
    weight: 3,
  },
  {
    re: /\bmaximi[sz]\w*|\bmax(?:imum)? (?:revenue|sales|kpi|profit|return|conversions|orders)\b|\bget the most\b|\bbiggest bang\b|\bmost (?:sales|revenue|profit|kpi|return)\b/,
    weight: 2.5,
  },
  // "the most profit", "at a 30% margin" (not "at the margin", nor a margin of error).
  { re: /\S/, weight: 1.5, unless: (skel) => !speaksOfProfit(skel) },
  // "Our margin is about 35%": a margin is only stated for a plan that maximises profit.
  { re: STATED_MARGIN, weight: 2 },
  {
    re: /\bleast (?:painful|damaging|harmful|costly|impact\w*|damage|pain|harm)\b|\b(?:smartest|best|cheapest|safest|wisest|cleverest) (?:way|place|places) to (?:cut|save|trim|reduce|take|spread|split|allocate|spend|use|divide|deploy|distribute)\b|\b(?:spread|split|allocate|spend|use|divide|deploy|distribute) (?:what (?:remains|is left|we have left|s left)|the (?:rest|remainder|remaining (?:budget|money|spend)))\b|\bwhere (?:should|would|could|do|can) (?:we|i|you) (?:cut|trim|save)\b|\bwhich (?:channels? |ones? )?(?:should|would|could|do|can) (?:we|i|you) (?:cut|trim|reduce|pull back on|scale back)(?: first)?\b/,
    weight: 3,
  },
  {
    re: /\b(?:roas|roi|return)\b[^?]*\b(?:above|at least|over|no lower than|not below|floor|target|of at least|minimum)\b|\btarget (?:roas|roi)\b|\bbreak(?:s|ing)? ?even\b/,
    weight: 2.5,
  },
  {
    re: /\bhow much (?:more |extra |additional )?(?:do|must|should|would|will|did|can|could) (?:we|i) (?:need to |have to |afford to )?(?:spend|invest|add|deploy|allocate)\b|\bhow much (?:budget|money|spend|investment) (?:do|would|will) (?:we|i) need\b/,
    weight: 3,
  },
  { re: /\b(?:to|and) (?:reach|hit|get to|achieve|make)\b[^?]*\b(?:MONEY|PCT|NUM)/, weight: 2 },
  { re: /\bgrow (?:sales|revenue|kpi|conversions)\b|\b(?:sales|revenue) growth\b/, weight: 1.5 },
  // "how do we hit our sales target of 14m?": a plan that reaches the KPI's target.
  {
    re: /\b(?:hit|reach|meet|achieve|make)\b (?:our|the|this|that) (?:\w+ )?(?:revenue|sales|kpi|conversions|orders|bookings|turnover) (?:target|goal|objective)\b/,
    weight: 3,
    // "did we hit our revenue target last quarter?" asks about the past.
    unless: (skel) =>
      /\b(?:did|have|has) (?:we|i|it)\b|\b(?:last|previous|past) \w+\b|\bYEAR\b/.test(skel),
  },
  {
    re: /\b(?:where|how) (?:should|to|do|would) (?:we |i )?(?:put|spend|invest|place|allocate)\b[^?]*\bMONEY\b/,
    weight: 2.5,
  },
  { re: /\bMONEY\b[^?]*\b(?:across|among|between)\b/, weight: 1.5 },
  // "what's the best we could do with 2m?": the most a budget can buy.
  {
    re: /\b(?:best|most) (?:we|i|you) (?:can|could|would|might) (?:do|get|achieve|manage|make)(?: \w+)? (?:with|from|out of|for) (?:an? |our |the |this )?(?:MONEY|budget|that|it)\b/,
    weight: 3,
  },
  {
    re: /\b(?:lock|locked|do not touch|keep \w+ (?:fixed|constant|unchanged|as is)|no more than|at most|at least|cap|capped|minimum|maximum|between MONEY and MONEY)\b/,
    weight: 0.5,
  },
  { re: /\bbudget\b/, weight: 0.5 },
  { re: /\b(?:max|maximum|most|largest|biggest)\b[^?]*\b(?:spend|budget|invest)\b/, weight: 2 },
  { re: /\bat an? (?:roas|roi|return) of\b/, weight: 2.5 },
  { re: MARGINAL_FLOOR, weight: 5 },
  // "find the spend level where the last dollar pays back $1.10": where spend should stop, for
  // the whole mix when no channel is named.
  { re: MARGINAL_MONEY, weight: 5, unless: (skel) => /\bCH\b/.test(skel) },
  {
    re: /\b(?:m?roas|m?roi|returns?) (?:floor|hurdle|threshold|target|minimum|min|cut-?off)\b|\bhow (?:big|far|high|large) (?:can|could|should|may) (?:the |our )?(?:budget|spend|spending|investment) (?:go|get|grow|be)\b/,
    weight: 4.5,
  },
  {
    re: /\bwhere (?:would|should|could|do|will|can) (?:you|we|i) (?:put|place|spend|invest|allocate|send|deploy) (?:all (?:of )?)?(?:it|that|this|them|the (?:money|budget|extra|rest|pot|increase))\b/,
    weight: 3.5,
  },
  {
    re: /\bwhere (?:should|would|do|could|can|will|to)? ?(?:it|that|this|they|the (?:whole |entire |full )?(?:extra|additional|money|budget|increase|rest|difference|cut|pot)|that money|the extra money)\b[^?]*\b(?:go|put|spend|invest|allocate|place|land|come from)\b|\bhow (?:should|would|do|to) (?:we |i )?(?:use|spend|allocate|split|deploy) (?:it|that|them|this)\b/,
    weight: 3,
  },
  {
    re: new RegExp(
      `^(?!.*\\bCH\\b)(?!.*\\b(?:which|what|any|list|rank\\w*)\\b[^?]*\\bchannels?\\b).*\\b${MARGINAL_AT}`,
    ),
    weight: 5,
  },
  {
    re: /\b(?:keep|keeping|maintain\w*|while|hold\w*|stay\w*|without (?:going|dropping|falling))\b[^?]*\b(?:roas|roi|return|mroas|mroi)\b[^?]*\b(?:above|at least|over|no lower than|not below|not under|floor)\b/,
    weight: 3,
  },
  {
    re: /\b(?:allocate|split|distribute|divide|spread|deploy|plan) (?:up to |at most |no more than |as much as |a maximum of |max )?(?:the |our |a |an |my )?(?:MONEY|budget|total|extra|additional|spend)\b|\b(?:give me|make|build|draw up|put together|come up with|propose|suggest|need)(?: me| us)? (?:a |an |the )?(?:media )?(?:plan|allocation|split) for (?:up to |at most |no more than )?MONEY\b/,
    weight: 2.5,
  },
  {
    re: /\bhow (?:should|would|could|do|to|best to|can|shall) (?:we |i |you )?(?:carve|slice|divvy|parcel|dole|share) (?:it |this |that |them |the \w+ )?(?:up|out)\b/,
    weight: 3,
  },
  // "which channel should get the next $100k?", "where would another 50k do most?": where an
  // amount on top of today's budget goes (not "which single channel…", a ranking of returns).
  {
    re: /^(?![^?]*\bCH\b)(?![^?]*\b(?:single|one) (?:channel|medium)\b)[^?]*(?:\b(?:where|which (?:channels?|media))\b[^?]*\b(?:the next|an extra|an additional|another) MONEY\b|\b(?:the next|an extra|an additional|another) MONEY\b[^?]*\b(?:where|which (?:channels?|media))\b)/,
    weight: 2,
    // "we got an extra $100k last quarter, where did it go?": what happened, not a plan.
    unless: (skel) =>
      /\b(?:did|went|spent|got|had|was|were)\b|\b(?:last|previous|past) (?:year|quarter|month|week)\b|\bYEAR\b/.test(
        skel,
      ),
  },
  {
    re: /\bwhere (?:should|would|do|could|will|must) (?:the |our )?(?:cuts?|savings?|reductions?|trims?|extra|increase|additional money) (?:fall|land|come from|go|be made|be found)\b/,
    weight: 3.5,
  },
  {
    re: /\b(?:cheapest|least expensive|lowest[ -]cost|minimum|smallest|leanest|least) (?:possible )?(?:plan|budget|spend|spending|way|investment|mix|allocation|route|option|path|money)\b|\b(?:least|minimum|smallest amount|lowest amount) (?:we|i) (?:can|could|need to|must|have to|would need to) (?:spend|invest|put in|get away with)\b/,
    weight: 3,
  },
  {
    re: /\b(?:rebalanc\w*|reallocat\w*|re-allocat\w*|reshuffl\w*|redistribut\w*|re-?optimi[sz]\w*|re-?plan\w*)\b[^?]*\b(?:leave|leaving|keep|keeping|lock|locking|locked|untouched|touch\w*|alone|protect\w*|except|exclud\w*|hold\w*|freez\w*|ring-?fenc\w*|stays? put|stay where|within)\b/,
    weight: 3,
  },
  BOUNDED_REALLOCATION,
  // Rebalancing with no channel to move between is asking for a new allocation.
  {
    re: /^(?![^?]*\bCH\b)[^?]*\b(?:rebalanc\w*|re-balanc\w*|reallocat\w*|re-allocat\w*|reshuffl\w*|redistribut\w*|re-?optimi[sz]\w*|rejig\w*|re-?split|re-?plan\w*)\b/,
    weight: 3,
  },
  // "rebalance just across search, Facebook and TikTok": a new split among the channels listed.
  {
    re: /\b(?:rebalanc\w*|reallocat\w*|re-?optimi[sz]\w*|redistribut\w*|reshuffl\w*|re-?split|re-?plan\w*|optimi[sz]\w*) (?:\w+ ){0,3}?(?:only |just )?(?:across|among|amongst|between|within) CH(?: (?:,|and|or) CH)+\b/,
    weight: 3.5,
  },
  {
    re: /\bhow (?:should|would|could|do|to|best to|can|shall) (?:it|that|this|they|the (?:\w+ )?(?:budget|money|spend|total|spending|pot)) be (?:split|allocated|spent|divided|distributed|deployed|invested|spread)\b/,
    weight: 3,
  },
];
