import { DROP_TESTS, isHypotheticalPlan } from './lift-test-frame';
import { MARGINAL_AT } from './marginal-threshold';
import type { IntentName } from './planner-types';

/** A cue for an intent: a pattern over the message skeleton and how much it counts. */
export interface Cue {
  re: RegExp;
  weight: number;
  /** The cue does not count when this holds for the skeleton too. */
  unless?: (skel: string) => boolean;
}

const MOVE =
  '(?:move|moving|moved|shift|shifting|reallocate|reallocating|realloc|re-allocate|reassign|reassigning|transfer|transferring|redirect|redirecting|divert|diverting|redeploy|reinvest|reinvesting|swap|put|putting|take|taking|pull|pulling|rebalance|send|give|giving|fund|pulled|took|gave|moved|shifted|transferred|reallocated)';
const CHANGE =
  '(?:cut|cuts|cutting|reduce|reducing|reduced|slash|slashing|trim|trimming|lower|lowering|decrease|decreasing|halve|halving|halved|double|doubling|doubled|triple|tripling|tripled|quadruple|increase|increasing|increased|boost|boosting|raise|raising|add|adding|drop|dropping|dropped|kill|killing|pause|pausing|paused|stop|stopping|eliminate|remove|removing|scale|scaling|bump|up|grow|ramp|axe|ditch|scrap|cancel|abandon|shut|invest|spend|spent|spending|go|goes|went|set)';

/** Cues per intent, matched on the skeleton (see `skeleton`). Weights add up. */
export const INTENT_CUES: Record<Exclude<IntentName, 'clarify' | 'out_of_scope'>, Cue[]> = {
  whatif: [
    { re: /\bwhat (?:if|happens|would happen|will happen|happen)\b/, weight: 2 },
    {
      re: /\bwhat (?:does|would|will|did) (?:that|this|it|that cut|that change) do to (?:our |the )?(?:revenue|sales|kpi|conversions|top ?line|numbers)\b/,
      weight: 2,
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
    { re: /\bwhat (?:do|would|will|did) (?:we|i) (?:lose|gain|get|miss)\b/, weight: 2.5 },
    {
      re: /\b(?:suppose|supposing|imagine|hypothetical\w*|scenario|simulate|simulation|forecast|predict|project|projection)\b/,
      weight: 1.5,
    },
    { re: /\b(?:if|when) (?:we|i|you)\b/, weight: 1 },
    {
      re: new RegExp(
        `\\b${MOVE}\\b[^?]*\\bCH\\b[^?]*\\b(?:to|into|towards|toward|onto|in|on|over to|for)\\b[^?]*\\bCH\\b`,
      ),
      weight: 3,
    },
    { re: new RegExp(`\\b${MOVE}\\b[^?]*\\b(?:from|of|out of)\\b[^?]*\\bCH\\b`), weight: 2 },
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
    { re: /\b(?:PCT|MONEY) (?:more|less|extra|additional|higher|lower|fewer)\b/, weight: 2 },
    { re: /\bCH (?:plus|minus|up|down) (?:PCT|MONEY)\b/, weight: 3 },
    {
      re: /\b(?:PCT|MONEY)\b[^?]*\bCH (?:to|into|towards|onto) (?:the )?CH\b|\bCH (?:to|into|towards|onto) (?:the )?CH\b[^?]*\b(?:PCT|MONEY)\b/,
      weight: 3,
    },
    { re: /\bMULT (?:on |for |of )?CH\b|\bCH (?:at |to )?MULT\b/, weight: 2.5 },
    { re: /\bwent dark\b|\bgo dark\b|\bdark on\b/, weight: 2.5 },
    { re: /\bCH (?:off|dark|paused|to (?:zero|0))\b/, weight: 2.5 },
    {
      re: /\bhow much (?:revenue |sales |kpi |money |conversions )?(?:do|would|will|could|might) (?:we|i) (?:lose|gain|miss|give up|sacrifice|forgo|add)\b/,
      weight: 3,
    },
    { re: /\bacross the board\b/, weight: 2 },
    {
      re: /\bCH (?:spend |budget )?(?:is|was|were|at|goes to|went to|gets|got|had|of) (?:only )?MONEY\b/,
      weight: 2,
    },
    {
      re: /^(?:what if (?:we )?)?(?:cut|reduce|double|halve|move|shift|increase|boost|kill|pause|drop|triple|slash|trim|raise|lower) (?:it|that|this|them|those|back)\b/,
      weight: 2,
    },
    {
      re: /\b(?:goes|went|go|drops?|falls?|set|was|were|is) (?:to )?(?:zero|0|nothing|dark)\b|\bgo dark\b|\b(?:turn|switch|shut)(?:ed|ing)? (?:CH |\w+ )?off\b|\bzero(?:ed)? out\b|\bshut (?:down|off)\b/,
      weight: 2.5,
    },
    { re: /\b(?:halve|double|triple|quadruple)d?\b/, weight: 1.5 },
    { re: /\bin half\b|\bby half\b/, weight: 1.5 },
    {
      re: /\bimpact of (?:cutting|adding|doubling|increasing|reducing|moving|shifting|dropping)\b/,
      weight: 2,
    },
  ],
  optimize: [
    {
      re: /\b(?:gets?|reach|hit|achieve|deliver|drive|grow|generate|add|gain|need|take|make)\b[^?]*\b(?:plus )?(?:PCT|MONEY) (?:more |extra |additional |higher |increase in |growth in |uplift in |lift in )?(?:revenue|sales|kpi|conversions|growth|uplift|lift)\b/,
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
      re: /\bhow (?:should|do|would|can|could|to|best to) (?:we |i |you )?(?:spend|allocate|split|invest|distribute|divide|deploy|use|spread|plan)/,
      weight: 3,
    },
    {
      re: /\bmaximi[sz]\w*|\bget the most\b|\bbiggest bang\b|\bmost (?:sales|revenue|profit|kpi|return)\b/,
      weight: 2.5,
    },
    { re: /\bprofit\w*\b|\bmargin\b/, weight: 1.5 },
    {
      re: /\bleast (?:painful|damaging|harmful|costly|impact\w*|damage|pain|harm)\b|\b(?:smartest|best|cheapest|safest) (?:way|place|places) to (?:cut|save|trim|reduce|take)\b|\bwhere (?:should|would|could|do|can) (?:we|i|you) (?:cut|trim|save)\b/,
      weight: 3,
    },
    {
      re: /\b(?:roas|roi|return)\b[^?]*\b(?:above|at least|over|no lower than|not below|floor|target|of at least|minimum)\b|\btarget (?:roas|roi)\b|\bbreak(?:s|ing)? ?even\b/,
      weight: 2.5,
    },
    {
      re: /\bhow much (?:more |extra |additional )?(?:do|must|should|would|will|did|can|could) (?:we|i) (?:need to |have to |afford to )?(?:spend|invest|add)\b|\bhow much (?:budget|money|spend|investment) (?:do|would|will) (?:we|i) need\b/,
      weight: 3,
    },
    { re: /\b(?:to|and) (?:reach|hit|get to|achieve|make)\b[^?]*\b(?:MONEY|PCT|NUM)/, weight: 2 },
    { re: /\bgrow (?:sales|revenue|kpi|conversions)\b|\b(?:sales|revenue) growth\b/, weight: 1.5 },
    {
      re: /\b(?:where|how) (?:should|to|do|would) (?:we |i )?(?:put|spend|invest|place|allocate)\b[^?]*\bMONEY\b/,
      weight: 2.5,
    },
    { re: /\bMONEY\b[^?]*\b(?:across|among|between)\b/, weight: 1.5 },
    {
      re: /\b(?:lock|locked|do not touch|keep \w+ (?:fixed|constant|unchanged|as is)|no more than|at most|at least|cap|capped|minimum|maximum|between MONEY and MONEY)\b/,
      weight: 0.5,
    },
    { re: /\bbudget\b/, weight: 0.5 },
    { re: /\b(?:max|maximum|most|largest|biggest)\b[^?]*\b(?:spend|budget|invest)\b/, weight: 2 },
    { re: /\bat an? (?:roas|roi|return) of\b/, weight: 2.5 },
    {
      re: /\bwhere (?:should|would|do|could|can|will|to)? ?(?:it|that|this|they|the (?:extra|additional|money|budget|increase|rest|difference|cut)|that money|the extra money)\b[^?]*\b(?:go|put|spend|invest|allocate|place|land|come from)\b|\bhow (?:should|would|do|to) (?:we |i )?(?:use|spend|allocate|split|deploy) (?:it|that|them|this)\b/,
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
      re: /\b(?:allocate|split|distribute|divide|spread|deploy|plan) (?:the |our |a |an |my )?(?:MONEY|budget|total|extra|additional|spend)\b/,
      weight: 2.5,
    },
    {
      re: /\bhow (?:should|would|could|do|to|best to|can|shall) (?:we |i |you )?(?:carve|slice|divvy|parcel|dole|share) (?:it |this |that |them |the \w+ )?(?:up|out)\b/,
      weight: 3,
    },
    {
      re: /\bwhere (?:should|would|do|could|will|must) (?:the |our )?(?:cuts?|savings?|reductions?|trims?|extra|increase|additional money) (?:fall|land|come from|go|be made|be found)\b/,
      weight: 3.5,
    },
    {
      re: /\b(?:cheapest|least expensive|lowest[ -]cost|minimum|smallest|leanest|least) (?:possible )?(?:plan|budget|spend|spending|way|investment|mix|allocation)\b/,
      weight: 3,
    },
    {
      re: /\b(?:rebalanc\w*|reallocat\w*|re-allocat\w*|reshuffl\w*|redistribut\w*|re-?optimi[sz]\w*)\b[^?]*\b(?:leave|leaving|keep|keeping|lock|locking|untouched|protect\w*|except|excluding|without touching|hold\w*|freez\w*|ring-?fenc\w*)\b/,
      weight: 3,
    },
    // Rebalancing with no channel to move between is asking for a new allocation.
    {
      re: /^(?![^?]*\bCH\b)[^?]*\b(?:rebalanc\w*|re-balanc\w*|reallocat\w*|re-allocat\w*|reshuffl\w*|redistribut\w*|re-?optimi[sz]\w*|rejig\w*|re-?split)\b/,
      weight: 3,
    },
    {
      re: /\bhow (?:should|would|could|do|to|best to|can|shall) (?:it|that|this|they|the (?:budget|money|spend|total|spending)) be (?:split|allocated|spent|divided|distributed|deployed|invested|spread)\b/,
      weight: 3,
    },
  ],
  contributions: [
    {
      re: /\b(?:which|what|any|list|show|how many)\b (?:of )?(?:(?:our|the|my) )?(?:channels?|media|tactics?)\b[^?]*\b(?:roi|roas|return\w*|payback|pay back|profitable|break even)\b/,
      weight: 3.5,
    },
    {
      re: /\b(?:which|what) (?:channels?|media|marketing|tactics?)\b[^?]*\b(?:drive|drives|drove|driving|work|works|working|worked|perform|performs|performed|performing|contribute|contributed|matter|matters|deliver|delivers|delivered|generate|generates|generated|bring|brings|brought|make|makes|made|produce|produces|produced)\b/,
      weight: 3,
    },
    {
      re: /\bwhat (?:is|are|was|is not|are not) (?:working|not working|performing)\b|\bwhat works\b|\bwhat (?:has |have |did )?(?:not )?work(?:ed)?\b/,
      weight: 3,
    },
    { re: /\bcontribut\w*|\bdecompos\w*|\bbreak ?down\b|\battribut\w*/, weight: 2.5 },
    { re: /\b(?:drive|drives|drove|driving|driven)\b/, weight: 1.5 },
    {
      re: /\b(?:best|worst|top|highest|lowest|strongest|weakest|most efficient|least efficient|most effective|least effective)\b[^?]*\b(?:roi|roas|return|performing|performer|performers|channels?|CH)\b/,
      weight: 2.5,
    },
    {
      re: /\brank\w*\b|\border\w* by\b|\bsort\w* by\b|\bleaderboard\b|\bcompare\b|\bcomparison\b|\bvs\b|\bversus\b/,
      weight: 2,
    },
    { re: /\broi\b|\broas\b|\breturn on\b|\befficien\w*|\beffective\w*/, weight: 1.2 },
    {
      re: /\bhow much (?:revenue|sales|kpi|conversions|money|value|incremental)\b[^?]*\b(?:did|does|do|is|was|has)\b/,
      weight: 3,
    },
    {
      re: /\b(?:perform\w*|paying off|pay off|pays off|worth it|earn\w*|bring in|brought in|generate\w*|incremental (?:sales|revenue)|share of (?:sales|revenue))\b/,
      weight: 1.5,
    },
    {
      re: /\bhow (?:is|are|was|were|did|does) CH\b[^?]*\b(?:doing|perform\w*|going)\b|\bhow (?:is|are|was|were) CH\b/,
      weight: 2,
    },
    { re: /\bbaseline\b|\borganic\b/, weight: 1 },
    {
      re: /\b(?:would have|would've) (?:happened|come|sold) anyway\b|\bwithout (?:any )?(?:advertising|marketing|media|ads|paid media)\b|\b(?:happen|sell|come in) anyway\b/,
      weight: 3,
    },
    {
      re: /\b(?:what|how) (?:is|are|was|were) (?:our|my|the) (?:overall |total |average |blended )?(?:roi|roas|return|returns|contributions?|baseline|incremental \w+)\b/,
      weight: 2,
    },
    { re: /\bbang for\b|\bvalue for money\b|\bmost efficient\b|\bbest value\b/, weight: 2.5 },
    {
      re: /\bwhere (?:is|are|does|do|did|was|were) (?:the |our |my |this |that )?(?:money|budget|spend|spending|dollars|marketing|media|investment)\b[^?]*\b(?:work\w*|perform\w*|pay\w* (?:off|back)|earn\w*|deliver\w*|return\w*)\b/,
      weight: 3,
    },
    {
      re: /\b(?:roi|roas|returns?|contributions?|performance|sales|revenue|results|impact|efficiency) (?:by|per|for each|of each|across|for every|split by) (?:channel|media|tactic|source)\b/,
      weight: 2.5,
    },
    {
      re: /\b(?:roi|roas|return|returns|contribution|impact|effect|incremental sales) (?:of|for|on|from) CH\b/,
      weight: 2,
    },
  ],
  drivers: [
    { re: /\bdrivers?\b|\bwhat drove\b|\bwhy (?:did|were|was) (?:sales|revenue)\b/, weight: 2 },
  ],
  mroi: [
    {
      re: /\bper (?:incremental|additional|extra|marginal) (?:dollar|euro|pound|unit)\b|\bincremental (?:revenue|sales|return) per\b/,
      weight: 4.5,
    },
    {
      re: /\bnext (?:dollar|euro|pound|buck)\b|\bnext marginal\b|\bextra (?:dollar|euro|pound|buck)\b|\badditional (?:dollar|euro)\b/,
      weight: 4.5,
    },
    { re: /\bmarginal\w*\b|\bmroi\b|\bmroas\b|\bincremental (?:roi|roas|return)\b/, weight: 3.5 },
    {
      re: /\b(?:headroom|room to (?:grow|scale)|scale further|can take more|most upside|upside)\b/,
      weight: 3,
    },
    {
      re: /\bwhere (?:should|would|do|could|can) (?:we|i)\b[^?]*\b(?:put|spend|invest|add|go|place)\b|\bwhere (?:is|are) the best place\b|\bwhere to (?:invest|spend|put)\b/,
      weight: 2.5,
    },
    {
      re: /\b(?:more|extra|additional) (?:money|budget|spend|dollars)\b[^?]*\bwhere\b|\bwhere\b[^?]*\b(?:more|extra|additional) (?:money|budget|spend|dollars)\b/,
      weight: 1.5,
    },
  ],
  response: [
    {
      re: /^(?!.*\b(?:PCT|MONEY|MULT)\b).*(?:\b(?:should|shall|could|can|do|would) (?:we|i) (?:spend|invest|put|add|allocate|push|go|lean) (?:more|less|harder|heavier|further|a bit more|a lot more)(?: money| budget)?\b[^?]*\bCH\b|\bworth (?:it to )?(?:spending|putting|investing|adding|pushing|going)\b[^?]*\bCH\b|\b(?:too much|too little|enough|under-?invest\w*|over-?invest\w*) (?:on|in|into) CH\b)/,
      weight: 3.5,
    },
    { re: /\bresponse curves?\b|\bcurves?\b|\bresponse (?:of|for|to)\b/, weight: 4 },
    {
      re: /\b(?:at what (?:point|level|spend|budget)|at which (?:point|level)|when|how much (?:can|could) (?:we|i) spend)\b[^?]*\b(?:stops?|ceases?|no longer|quits?)\b[^?]*\b(?:pay(?:s|ing)? (?:back|off)|paying|profitable|worth it|working|break(?:s|ing)? even|adding)\b/,
      weight: 4,
    },
    { re: new RegExp(`^(?=.*\\bCH\\b).*\\b${MARGINAL_AT}`), weight: 5 },
    {
      re: /\bsaturat\w*|\bdiminishing\b|\bmaxed out\b|\btapped out\b|\bplateau\w*|\bceiling\b|\boverspend\w*|\bover-?invested\b|\bspending too much\b/,
      weight: 3.5,
    },
    {
      re: /\bhow (?:does|do|would|will) (?:sales|revenue|kpi|CH)\b[^?]*\brespond\b|\bresponsive\b/,
      weight: 3,
    },
    {
      re: /\b(?:what|how much) (?:would|will|do|does) (?:we|i) get\b[^?]*\bif we spend\b/,
      weight: 1,
    },
  ],
  diagnostics: [
    {
      re: /\br2\b|\baccura\w*|\bmape\b|\bnrmse\b|\brmse\b|\bfit quality\b|\bgoodness\b|\bholdout\b|\bout of sample\b|\bdiagnos\w*|\boverfit\w*|\bprecision\b|\berror (?:rate|margin)\b|\bvalidat\w*/,
      weight: 3.5,
    },
    {
      re: /\bhow (?:good|reliable|accurate|robust|solid|trustworthy|confident|sure|certain|well)\b[^?]*\b(?:model|it|this|results?|fit|numbers|estimates|you)\b|\bhow good is\b/,
      weight: 3,
    },
    {
      re: /\b(?:can|should|do) (?:i|we) (?:trust|rely on)\b|\btrust\w*\b|\breliab\w*|\bquality\b|\bconfidence\b|\buncertain\w*/,
      weight: 2.5,
    },
    { re: /\bmodel\b/, weight: 0.5 },
    {
      re: /\bred flags?\b|\bwarning signs?\b|\b(?:issues?|problems?|concerns?|caveats?|weak(?:ness|nesses|spots?)) (?:with|in) (?:the |this |our )?(?:model|fit)\b|\bmodel fit\b/,
      weight: 3.5,
    },
    {
      re: /\bmodel (?:is |any )?(?:good|ok|okay|reliable|accurate|solid|trustworthy|right|correct)\b/,
      weight: 3,
    },
    { re: /\b(?:model|it|this|results?|numbers) (?:any )?good\b|\bany good\b/, weight: 3 },
  ],
  methodology: [
    {
      re: /\b(?:what|how|why|when|should)\b[^?]*\b(?:lift tests?|geo(?:-?lift)? tests?|holdout tests?|incrementality(?: tests?)?|experiments?|calibrat\w*)\b/,
      weight: 4,
    },
    {
      re: /\bhow (?:do|does|did|is|are|was) (?:you|mixpilot|the model|it|this|we|that|the tool|roi|roas|mroi|adstock|saturation)\b[^?]*\b(?:compute|computed|calculate|calculated|work|works|estimate|estimated|measure|measured|know|model|modeled|modelled|handle|define|defined|derive|derived|come up|get|determine|determined|figure|account|deal|treat|capture|include|consider|factor)\b/,
      weight: 4,
    },
    {
      re: /\bwhat (?:even |exactly |actually |really |precisely )?(?:is|are|does|do) (?:an? |the )?(?:adstock|saturation|carry-?over|decay|mmm|marketing mix\w*|media mix\w*|roas|roi|mroi|marginal roi|marginal|hill|response curve|baseline|lag|incrementality|elasticity|bayesian|ridge|regression|credible interval|interval|holdout)\b(?! (?:of|for|on|from|by|in) | (?:roi|roas|return|curves?|mape|r2|nrmse|rmse|error|accuracy|fit|metrics?|score|results?)\b)/,
      weight: 4,
    },
    {
      re: /\b(?:explain|describe|define|tell me about|what is meant by|what do you mean by)\b[^?]*\b(?:adstock|saturation|carry-?over|decay|diminishing returns|response curves?|roi|roas|mroi|marginal roi|baseline|the model|mmm|methodology|hill|intervals?|uncertainty)\b(?! (?:of|for|on|in) CH)/,
      weight: 3,
    },
    {
      re: /\bexplain\b|\bdefin\w*|\bmeaning of\b|\bwhat does \w+ mean\b|\bhow (?:it|this|that) works\b|\bunder the hood\b/,
      weight: 2.5,
    },
    {
      re: /\bmethod\w*\b|\bassumptions?\b|\bapproach\b|\btechnique\b|\balgorithm\b|\bmath\b|\bformula\b|\bstatistic\w*/,
      weight: 2.5,
    },
    {
      re: /\bwhy should (?:i|we) (?:believe|trust|buy)\b|\bwhy (?:do|does|is|are) (?:you|the model|it)\b|\bhow do you know\b|\bwhere (?:do|does|did) (?:these|the|this|that|those) (?:numbers?|figures?|results?|estimates?|forecasts?|recommendations?) come from\b/,
      weight: 4,
    },
    {
      re: /\b(?:adstock|carry-?over|hill function|geometric|weibull|bayesian|ridge|regression|mmm|marketing mix model\w*|media mix model\w*)\b/,
      weight: 1.5,
    },
    {
      re: /\bhow (?:does|do|did|would|will) (?:the |your |mixpilot s )?(?:optimi[sz]\w*|algorithm|tool|engine|sampler|search|model|planner)\b[^?]*\b(?:decide|decides|choose|chooses|pick|picks|work out|works out|determine|determines|come up with|arrive at|know)\b/,
      weight: 10,
    },
    { re: /\bwhen you say\b|\bby (?:\w+ ){1,2}do you mean\b|\bdo you mean\b/, weight: 5 },
    {
      re: /\b(?:disagree\w*|differ\w*|different|conflict\w*|contradict\w*|line up|match|reconcile)\b[^?]*\b(?:attribution|dashboard|ads manager|ga4|google analytics|last[ -]?click|multi[ -]?touch|platform (?:numbers|data|reporting|metrics))\b/,
      weight: 5,
    },
    {
      re: /\bhow (?:much|many|long) (?:weeks |months |years |periods )?(?:of )?(?:data|history|weeks|months|years|periods)\b[^?]*\b(?:need|needs|needed|require|requires|required|enough)\b/,
      weight: 5,
    },
    {
      re: /\bhow (?:is|are|was|were) (?:the|these|those|your|its|this|that) (?:\w+ ){0,3}(?:compute|computed|calculated|calculate|estimated|estimate|derived|derive|determined|determine|built|chosen|set|worked out|produced|generated)\b/,
      weight: 4,
    },
    {
      re: /\bwhy (?:do|does|did|would|is|are) (?:the |these |those |our |a |its )?(?:\w+ )?(?:curves?|returns?|response|responses|effects?|roi|roas|lines?)\b[^?]*\b(?:flatten\w*|bend\w*|saturat\w*|level\w* off|diminish\w*|taper\w*|plateau\w*|curve\w*|drop\w* off|fall\w* off)\b/,
      weight: 5,
    },
    {
      re: /\b(?:difference|differences|distinction) between\b|\bhow (?:does|do|is|are) \w+(?: \w+)? (?:differ|different)\b|\bwhat do you mean by\b|\bin plain (?:english|words|terms)\b/,
      weight: 4,
    },
  ],
  refit: [
    {
      re: /\b(?:re-?fit\w*|re-?train\w*|re-?estimat\w*|re-?calibrat\w*|rebuild|re-?build|re-?run the model|re-?run the fit|refresh the model|update the model|fit (?:the|a|new|it) (?:model)?|fit again|train (?:the|a|new) model|run the model again|build a new model|new model)\b/,
      weight: 5,
    },
    { re: /\bseed\b/, weight: 1 },
    { re: DROP_TESTS, weight: 5 },
    // A reported experiment result: calibrate the model to it (not a plan or a hypothetical).
    {
      re: /\b(?:lift|geo|geo-?lift|holdout|hold-?out|incrementality|matched markets?|experiments?)\b[^?]*\b(?:tests?|stud(?:y|ies)|experiments?|results?|readouts?|(?:point )?estimate|ci|confidence interval)\b[^?]*\b(?:NUM|MULT|MONEY)\b|\b(?:NUM|MULT|MONEY)\b[^?]*\b(?:lift|geo|holdout|incrementality) (?:tests?|stud(?:y|ies)|experiments?)\b/,
      weight: 6,
      unless: isHypotheticalPlan,
    },
    {
      re: /^(?:please |can you |could you )?(?:calibrate|use|apply|add|feed|plug in)\b[^?]*\b(?:lift|geo|holdout|hold-?out|incrementality|experiments?)\b/,
      weight: 5,
    },
  ],
  help: [
    { re: /^(?:help|hi|hello|hey|yo|howdy|good (?:morning|afternoon|evening)|\?)\b/, weight: 2.5 },
    {
      re: /\bwhat (?:can|could|do|should) (?:you|i) (?:do|ask|help)\b|\bhow (?:do|can|should) i (?:use|start|get started)\b|\b(?:what|which) (?:questions|kinds? of questions|things) can i\b|\bcapabilit\w*|\bwho are you\b|\bwhat are you\b|\bwhat is mixpilot\b|\bhelp\b|\bexamples?\b|\bget started\b/,
      weight: 4,
    },
  ],
};
