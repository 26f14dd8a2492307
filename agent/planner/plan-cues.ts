import { BOUNDED_REALLOCATION } from './bounded-reallocation';
import type { Cue } from './cue';
import { EVEN_LAYOUT_CUE } from './even-layout-words';
import { MARGINAL_AT, MARGINAL_FLOOR, MARGINAL_MONEY } from './marginal-threshold';
import { STATED_MARGIN, speaksOfProfit } from './profit-margin';

/** Cues of the two planning intents: a what-if on a plan, and an optimization of the budget. */

/** Verbs that move money ("give me", "send us" ask for something instead). */
const MOVE =
  '(?:move|moving|moved|shift|shifting|reallocate|reallocating|realloc|re-allocate|reassign|reassigning|transfer|transferring|redirect|redirecting|divert|diverting|redeploy|reinvest|reinvesting|swap|put|putting|take|taking|pull|pulling|rebalance|send(?! (?:me|us)\\b)|give(?! (?:me|us)\\b)|giving(?! (?:me|us)\\b)|fund|pulled|took|gave|moved|shifted|transferred|reallocated|funnel\\w*|route|routing|reroute\\w*|routed)';
const CHANGE =
  '(?:cut|cuts|cutting|reduce|reducing|reduced|slash|slashing|trim|trimming|lower|lowering|decrease|decreasing|halve|halving|halved|double|doubling|doubled|triple|tripling|tripled|quadruple|increase|increasing|increased|boost|boosting|raise|raising|(?<!\\b(?:the|what|much|sales|revenue|incremental|any|a|some|no|of|s) )lift(?! (?:tests?|stud\\w*|experiments?|results?|readouts?|from|per|of|on|do|does|did|is|are|was|were|we|you))|lifted|lifting|add|adding|drop|dropping|dropped|kill|killing|pause|pausing|paused|stop|stopping|eliminate|remove|removing|scale|scaling|bump|up|grow|ramp|axe|ditch|scrap|cancel|abandon|shut|invest|spend|spent|spending|go|goes|went|set|boosted|raised|lowered|trimmed|slashed|decreased|killed|stopped|removed|scaled|grew|ramped|upped|bumped|axed|ditched|scrapped|cancelled|canceled|added|invested|tripled|quadrupled)';

/** A change to a plan: move, cut, add, switch off, a total. */
export const WHATIF_CUES: Cue[] = [
  // "what if TV ran always-on instead of in bursts?": the channel's spend laid out evenly.
  EVEN_LAYOUT_CUE,
  { re: /\bwhat (?:if|happens|would happen|will happen|happen)\b/, weight: 2 },
  // "…, what would revenue look like?": the consequence of a change just described.
  {
    re: /\bwhat (?:would|will|could|might) (?:our |the )?(?:revenue|sales|kpi|conversions|top ?line|numbers|bookings|orders) (?:look like|be|come to|do)\b/,
    weight: 2,
  },
  {
    re: /\bwhat (?:does|would|will|did) (?:that|this|it|that cut|that change) do to (?:our |the )?(?:revenue|sales|kpi|conversions|top ?line|numbers)\b|\bwhat (?:does|would|will|did|could|might) (?:that|this|it) cost (?:us |me )?in (?:revenue|sales|kpi|conversions|top ?line|orders)\b/,
    weight: 2,
  },
  // "take 10% out of the marketing budget": a share of the total taken away.
  {
    re: /\b(?:take|takes|taking|took|shave|shaving|knock|knocking|carve|carving|pull|pulling) (?:an? |another )?PCT (?:out of|off|from) (?:the |our |my |total |whole |entire |overall )*(?:media |marketing |ad |advertising )?(?:budget|spend|spending|investment)\b/,
    weight: 2.5,
  },
  {
    re: /\bMONEY (?:of |in )?(?:savings?|cuts?)\b|\b(?:save|saving|savings of) MONEY\b/,
    weight: 2,
  },
  {
    re: /\b(?:pull|pulling|pulled|scale|scaling|scaled|dial|dialing|dialling|dialled|rein|reining|ease|easing|throttle|throttling) (?:back|down|in)\b(?: on)?[^?]*\bCH\b|\bCH\b[^?]*\b(?:pull|scale|dial|rein|ease|throttle)(?:ed|ing)? (?:back|down)\b/,
    weight: 2,
  },
  { re: /\b(?:impact|effect|consequences?)\s*\?/, weight: 1 },
  // "can we rebalance towards TikTok a bit?": a move into a channel, its source still to ask.
  {
    re: /\b(?:rebalanc\w*|tilt\w*|lean\w*|skew\w*|shift\w*) (?:\w+ )?(?:more )?(?:towards?|into|in favou?r of) CH\b/,
    weight: 3,
  },
  {
    re: /\b(?:hit|damage|dent|drag|knock-?on|impact|effect|cost|loss) (?:to|on|for) (?:our |the )?(?:revenue|sales|kpi|conversions|top ?line|numbers|bookings|orders)\b/,
    weight: 2.5,
  },
  { re: /\bwhat (?:do|would|will|did) (?:we|i) (?:lose|gain|get|miss)\b/, weight: 2.5 },
  {
    re: /\b(?:suppose|supposing|imagine|hypothetical\w*|scenario|simulate|simulation|forecast|predict|project|projection)\b|^(?:please |pls |can you |could you |now |ok |okay |so |let us |(?:i|we) (?:want|would like|d like|need) to )*model (?!fit|quality|accuracy|diagnostic)/,
    weight: 1.5,
  },
  // "what would another 25% on TikTok do?": more of a channel, the verb left out.
  {
    // "put another 50k in", "move 30% over": a change whose channel is still to be named.
    re: /\b(?:another|an extra|an additional|extra|additional|plus) (?:PCT|MONEY) (?:more )?(?:on|to|for|into|in) CH\b|^(?:(?:can you|could you|please|pls|ok|okay|so|and|then|let s) )*(?:move|shift|put|add|throw|take|pull|cut|drop|bump) (?:another |an extra |a further |the )?(?:PCT|MONEY)(?: (?:more|less|over|in|out|across|back|of it))?(?: please| pls)?\s*\W*$/,
    weight: 3,
    // "we spent an extra 20% on TV last year": what happened, not a scenario.
    unless: (skel) =>
      /\b(?:spent|added|gave|invested|had|ran)\b|\b(?:last|previous|past) (?:year|quarter|month|week)\b|\bYEAR\b/.test(
        skel,
      ),
  },
  // "a 5% overall budget cut", "a 20k TV increase": a change written as a noun after its size;
  // "bump the total marketing budget by 25%": the verb before the budget and its size.
  {
    re: /\b(?:PCT|MONEY) (?:(?:overall|total|whole|entire|media|marketing|ad|advertising|CH) )+(?:budget |spend |spending )?(?:cut|cuts|reduction|decrease|drop|increase|rise|uplift|boost|bump|hike|top-?up|trim|haircut|step-?up)\b|\b(?:bump|raise|increase|lift|boost|grow|hike|cut|trim|reduce|decrease|slash|lower)\w* (?:up |down )?(?:the |our )?(?:total |overall |whole |entire )?(?:marketing |media |ad |advertising )?(?:budget|spend|spending) (?:by |up |down )*(?:PCT|MONEY)\b/,
    weight: 3,
  },
  // "Model a 10% reduction in TV spend": a change written as a noun.
  {
    re: /\b(?:PCT|MONEY|MULT) (?:cut|cuts|reduction|decrease|drop|increase|rise|uplift|boost|bump|hike|lift|top-?up|trim|haircut|jump|step-?up)\b (?:in|to|on|for|of) (?:the |our |all |total )?(?:CH|budget|spend|spending|media|marketing)\b/,
    weight: 3,
  },
  { re: /\b(?:if|when) (?:we|i|you)\b/, weight: 1 },
  // "if TV lost 200k, how much revenue goes with it?": the channel itself as the subject.
  {
    re: /\b(?:if|suppose|supposing) CH (?:spend |budget )?(?:lost|loses|lose|gained|gains|gain|got|gets|dropped|drops|fell|falls|rose|rises|grew|grows|shrank|shrinks|(?:went|goes|came|comes) (?:up|down)|(?:was|were) (?:cut|reduced|increased|raised|boosted|trimmed))\b[^?]*\b(?:PCT|MONEY|MULT|half)\b/,
    weight: 3,
  },
  {
    re: new RegExp(
      `\\b${MOVE}\\b[^?]*\\bCH\\b[^?]*\\b(?:to|into|towards|toward|onto|in|on|over to|for)\\b[^?]*\\bCH\\b`,
    ),
    weight: 3,
  },
  { re: new RegExp(`\\b${MOVE}\\b[^?]*\\b(?:from|of|out of)\\b[^?]*\\bCH\\b`), weight: 2 },
  // "shift budget from the underperformers into the winners": a move whose sides are not named.
  {
    re: new RegExp(
      `\\b${MOVE}\\b (?:\\w+ )?(?:budget|money|spend|spending|dollars) from (?:the |our )?\\w+ (?:to|into|towards) (?:the |our )?\\w+`,
    ),
    weight: 2,
  },
  {
    re: new RegExp(
      `\\b${MOVE}\\b[^?]*\\b(?:PCT|MONEY|all|everything|half|some|part|a bit|a chunk|a portion|a share)\\b[^?]*\\b(?:CH|to|into|from)\\b`,
    ),
    weight: 2.5,
  },
  {
    re: new RegExp(
      `\\b${CHANGE}\\b[^?]*\\b(?:CH|total|overall|entire|whole|across the board|all channels|everything)\\b`,
    ),
    weight: 1.5,
  },
  { re: /\bCH\b[^?]*\b(?:by|to) (?:PCT|MONEY|MULT)/, weight: 1.5 },
  // "cut one of the channels by 20%", "cut the weak channels by 20%": a change still missing its channel.
  {
    re: new RegExp(
      `\\b${CHANGE} (?:\\w+ ){0,4}?(?:channels?|ones)\\b[^?]*\\b(?:by|to) (?:PCT|MONEY)`,
    ),
    weight: 2,
  },
  { re: /\b(?:PCT|MONEY) (?:more|less|extra|additional|higher|lower|fewer)\b/, weight: 2 },
  // "Add £5k/week to search for 8 weeks": an amount put into a named channel.
  {
    re: /\b(?:add|adding|added|put|putting|pour|pouring|throw|throwing|inject|injecting|stick|sticking|invest|investing) (?:an? )?(?:extra |additional |another |more )?MONEY (?:a \w+ |per \w+ )?(?:more |extra )?(?:to|into|in|on) CH\b/,
    weight: 2.5,
  },
  // "what would the next 50k on TV do?": that much more on the channel.
  { re: /\bnext MONEY (?:on|in|into|for|to) CH\b/, weight: 3 },
  // "+10% total budget", "-$50k on search", "+20% tv": a signed change said before what it changes.
  {
    re: /(?:^|[^?]*\b)(?:plus|minus) (?:PCT|MONEY) (?:(?:on|to|in|for|of) )?(?:the )?(?:CH|(?:total |overall |whole |media |marketing )?(?:budget|spend|spending|media))\b/,
    weight: 3,
  },
  // "search plus 10%", "total spend +3.5%", "CH = MONEY": a change written as arithmetic.
  {
    re: /\b(?:CH|total (?:spend|spending|budget|media)|(?:the |overall |total )?budget) (?:plus|minus|up|down) (?:PCT|MONEY)\b|\bCH = (?:plus |minus )?(?:PCT|MONEY|MULT)\b/,
    weight: 3,
  },
  {
    re: /\b(?:PCT|MONEY)\b[^?]*\bCH (?:to|into|towards|onto) (?:the )?CH\b|\bCH (?:to|into|towards|onto) (?:the )?CH\b[^?]*\b(?:PCT|MONEY)\b/,
    weight: 3,
  },
  { re: /\bMULT (?:on |for |of )?CH\b|\bCH (?:at |to )?MULT\b/, weight: 2.5 },
  // "if total spend is scaled by 1.08x", "if search were cut by 10%": a change said passively.
  {
    re: /\b(?:CH|total|overall|the budget|our budget|media)(?: spend| spending| budget| media)? (?:is|are|was|were|gets?|got|be) (?:scaled?|multiplied|cut|raised|increased|reduced|boosted|trimmed|lowered|grown|shrunk|halved|doubled) by (?:PCT|MONEY|MULT)\b/,
    weight: 3,
  },
  { re: /\bwent dark\b|\bgo dark\b|\bdark on\b/, weight: 2.5 },
  {
    re: /\b(?:pull|pulled|pulling|drop|dropped|dropping|cut|cutting|axe|axed|kill|killed|stop|stopped|lose|lost) CH (?:entirely|completely|altogether|fully|outright|for good)\b/,
    weight: 2.5,
  },
  {
    re: /\b(?:take|taking|bring|bringing|turn|turning|dial|dialling|dialing|knock|knocking|nudge|nudging|push|pushing|ramp|ramping|notch|notching) CH (?:down|up|back)\b/,
    weight: 2.5,
  },
  { re: /\bCH (?:off|dark|paused|to (?:zero|0))\b/, weight: 2.5 },
  {
    re: /\bhow much (?:revenue |sales |kpi |money |conversions )?(?:do|would|will|could|might) (?:we|i) (?:actually |really |realistically |potentially |possibly |still )?(?:lose|gain|miss|give up|sacrifice|forgo|add)\b/,
    weight: 3,
  },
  { re: /\bacross the board\b/, weight: 2 },
  // "raise the budget by 150k, same mix as today": every channel in proportion, not a new split.
  {
    re: /\b(?:same|current|existing|unchanged|today s) (?:mix|split|proportions?|shares|weights|weighting)\b(?! (?:is|was) (?:not|wrong|bad))|\bpro ?rata\b|\bproportionally\b|\bkeep(?:ing)? the (?:mix|split|proportions) (?:as|the same|unchanged|constant|fixed)\b/,
    weight: 2,
  },
  // "add 260k to the budget, spread like today": in today's proportions, not a new split.
  {
    re: /\b(?:spread|split|allocated?|distributed?|divided?|shared?|spent)(?: out)? (?:just )?(?:like|as|the way|in line with) (?:(?:it is|we do|we are|they are) )?(?:today|now|currently|at present|at the moment|before|usual)\b/,
    weight: 3,
  },
  {
    re: /\bCH (?:spend |budget )?(?:is|was|were|at|goes to|went to|gets|got|had|of) (?:only |just |a flat |a steady |a constant |a fixed |a straight )?MONEY\b/,
    weight: 2,
  },
  {
    re: /^(?:what if (?:we )?)?(?:cut|reduce|double|halve|move|shift|increase|boost|kill|pause|drop|triple|slash|trim|raise|lower) (?:it|that|this|them|those|back)\b/,
    weight: 2,
  },
  {
    re: /\b(?:goes|went|go|drops?|falls?|set|was|were|is) (?:to )?(?:zero|0|nothing|dark)\b|\bgo dark\b|\b(?:turn|switch|shut)(?:ed|ing)? (?:CH |\w+ )?off\b|\bzero(?:ed|ing|es)? out\b|\b(?:run|spend|put|spending|running) zero (?:on )?CH\b|\bshut (?:down|off)\b/,
    weight: 2.5,
  },
  { re: /\b(?:halve|double|triple|quadruple)d?\b/, weight: 1.5 },
  { re: /\bin half\b|\bby half\b/, weight: 1.5 },
  // "what would a 15% uplift across the whole media budget buy us?": a change to the total.
  {
    re: /\b(?:PCT|MONEY) (?:uplift|increase|rise|boost|bump|cut|reduction|decrease|drop|lift|top-?up|more|less)\b (?:in|to|on|across|of|for) (?:the |our |my |total |whole |entire |overall )*(?:media |marketing |ad |advertising )?(?:budget|spend|spending|investment)\b[^?]*\b(?:buy|get|do|deliver|give|mean|bring|earn|add|return|cost)\b/,
    weight: 3.5,
  },
  {
    re: /\bimpact of (?:cutting|adding|doubling|increasing|reducing|moving|shifting|dropping)\b/,
    weight: 2,
  },
];

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
