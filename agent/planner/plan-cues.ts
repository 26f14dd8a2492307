import type { Cue } from './cue';
import { EVEN_LAYOUT_CUE } from './even-layout-words';

/** Cues of a what-if on a plan (the optimization's are in optimize-cues.ts). */

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
  // "the profit impact of adding 20% to Facebook", "profit effect of taking total spend down 15%":
  // a change priced at a margin, not a split chosen for profit.
  {
    re: /\bprofit (?:impact|effect|hit|consequences?|outcome)s? (?:\w+ ){0,3}?of (?:adding|cutting|taking|moving|shifting|raising|dropping|lowering|increasing|reducing|trimming|doubling|halving|switching|turning|putting)\b/,
    weight: 6,
  },
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
