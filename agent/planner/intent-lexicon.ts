import { asksAboutBaseline } from './baseline-topic';
import type { Cue } from './cue';
import { CURRENT_MIX_CUE } from './current-mix';
import { AT_THE_MARGIN } from './marginal-threshold';
import { GOAL, OPTIMIZE_CUES } from './optimize-cues';
import { WHATIF_CUES } from './plan-cues';
import type { IntentName } from './planner-types';
import { REFIT_CUES } from './refit-cues';
import { RESPONSE_CUES } from './response-cues';

/** Cues per intent, matched on the skeleton (see `skeleton`). Weights add up. */
export const INTENT_CUES: Record<Exclude<IntentName, 'clarify' | 'out_of_scope'>, Cue[]> = {
  whatif: WHATIF_CUES,
  optimize: OPTIMIZE_CUES,
  contributions: [
    // "how sure are we about TV's ROI?", "what's the credible interval on TikTok's ROI?"
    {
      re: /\b(?:how (?:sure|confident|certain|precise|reliable)|ranges?|intervals?|error bars?|uncertain\w*|margin of error|confidence)\b[^?]*\bCH (?:roi|roas|return|contribution|share)\b|\bCH (?:roi|roas|contribution)\b[^?]*\b(?:ranges?|intervals?|how (?:sure|confident|certain)|uncertain\w*|error bars?)\b/,
      weight: 3,
    },
    {
      re: /^(?![^?]*\bif\b)[^?]*\bhow much (?:are|do|did|have|were) (?:we|i) (?:currently |actually |really )?(?:spend|spending|spent|invest|investing|invested|putting|put)\b(?: \w+)?(?: on| in| into)? CH\b(?![^?]*\b(?:PCT|MONEY|MULT)\b)/,
      weight: 3,
    },
    {
      re: /\b(?:which|what|any|list|show|how many)\b (?:of )?(?:(?:our|the|my) )?(?:channels?|media|tactics?)\b[^?]*\b(?:roi|roas|return\w*|payback|pay back|profitable|break even)\b/,
      weight: 3.5,
    },
    {
      re: /\b(?:which|what) (?:(?:of )?(?:our|the|my|your) )?(?:channels?|media|marketing|tactics?)\b[^?]*\b(?:drive|drives|drove|driving|work|works|working|worked|perform|performs|performed|performing|contribute|contributed|matter|matters|deliver|delivers|delivered|generate|generates|generated|bring|brings|brought|make|makes|made|produce|produces|produced|pull(?:s|ing)? (?:its|their) (?:own )?weight|earn(?:s|ing)? (?:its|their) keep|pay(?:s|ing)? (?:its|their) way)\b/,
      weight: 3,
    },
    {
      re: /\bwhat (?:is|are|was|is not|are not) (?:working|not working|performing)\b|\bwhat works\b|\bwhat (?:has |have |did )?(?:not )?work(?:ed)?\b/,
      weight: 3,
    },
    { re: /\bcontribut\w*|\bdecompos\w*|\bdecomp\b|\bbreak ?down\b|\battribut\w*/, weight: 2.5 },
    { re: /\b(?:drive|drives|drove|driving|driven)\b/, weight: 1.5 },
    {
      re: /\b(?:best|worst|top|highest|lowest|strongest|weakest|most efficient|least efficient|most effective|least effective)\b[^?]*\b(?:roi|roas|return|performing|performer|performers|channels?|CH)\b/,
      weight: 2.5,
    },
    // "which channel is the weakest?": the ranking word after the channel.
    {
      re: /\b(?:which|what) (?:channels?|media|tactics?)\b (?:is|are|was|were|s) (?:the |our )?(?:best|worst|top|strongest|weakest|most efficient|least efficient|most effective|least effective)\b/,
      weight: 2.5,
    },
    {
      // "which of TV and search is better?", "is TV or search stronger?": a comparison too.
      re: /\brank\w*\b|\border\w* by\b|\bsort\w* by\b|\bleaderboard\b|\bcompare\b|\bcomparison\b|\bvs\b|\bversus\b|\bwhich (?:of )?CH (?:and|or) CH\b|\bCH or CH (?:is |s )?(?:the )?(?:better|worse|stronger|weaker)\b/,
      weight: 2,
    },
    { re: /\broi\b|\broas\b|\breturn on\b|\befficien\w*|\beffective\w*/, weight: 1.2 },
    {
      re: /\bhow much (?:revenue|sales|kpi|conversions|money|value|incremental)\b[^?]*\b(?:did|does|do|is|was|has)\b/,
      weight: 3,
    },
    // "how much of our revenue comes from each channel?"
    {
      re: /\b(?:how much|what share|what proportion|what percentage|what part|which part) (?:of )?(?:our |the |my |total |(?:last|this|previous|past|the last|the past) \w+ )?(?:revenue|sales|kpi|conversions|orders|business|bookings)\b[^?]*\b(?:comes?|came|coming|is coming) from\b/,
      weight: 3,
    },
    {
      re: /\b(?:perform\w*|paying off|pay off|pays off|worth it|worth keeping|earn\w*|bring(?:s|ing)? in|brought in|generate\w*|incremental (?:sales|revenue)|share of (?:sales|revenue))\b/,
      weight: 1.5,
    },
    // "did tiktok do anything for us?", "does radio even work?": what a channel delivered.
    {
      re: /\b(?:did|does|do|is|are|was|has|have) CH (?:even |actually |really )?(?:do (?:anything|something|much)|doing (?:anything|much)|done anything|work|working|worked|help|helping|helped|move the needle|moving the needle)\b/,
      weight: 3,
    },
    // "did TV pay for itself?", "is radio paying its way?": its ROI against break-even.
    {
      re: /\b(?:pay|pays|paid|paying) (?:for (?:itself|themselves)|(?:its|their) (?:own )?way)\b|\bearn(?:s|ed|ing)? (?:its|their) keep\b/,
      weight: 3,
    },
    // "if we had spent nothing on media last year, what would sales have been?": what media made.
    {
      re: /\bif (?:we|i) had(?: not|n t)? (?:spent|run|had|bought)\b[^?]*\b(?:nothing|no|zero|none)\b[^?]*\bwould\b[^?]*\bhave\b/,
      weight: 3.5,
    },
    CURRENT_MIX_CUE,
    // "how much do price and promotions matter?": the baseline's drivers.
    { re: /\S/, weight: 3.5, unless: (skel) => !asksAboutBaseline(skel) },
    // "how much are fb and tiktok bringing in": what named channels return.
    {
      re: /^(?![^?]*\bif\b)[^?]*\bhow much (?:are|is|do|does|did|has|have) CH(?: (?:and|,|&) CH)* (?:\w+ )?(?:bring\w*|brought|mak\w*|made|generat\w*|driv\w*|drove|deliver\w*|earn\w*|contribut\w*|return\w*|add|adds|adding|added)\b/,
      weight: 3,
    },
    {
      re: /\bhow (?:is|are|was|were|did|does|has|have) CH\b[^?]*\b(?:doing|perform\w*|going|do|done|fared?|faring)\b|\bhow (?:is|are|was|were) CH\b/,
      weight: 2,
    },
    {
      re: /\bCH\b[^?]*\bdeliver(?:s|ed|ing)?\b|\bpull(?:s|ed|ing)? (?:its|their|our) (?:own )?weight\b/,
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
    {
      // "what did we get back per dollar on Facebook?": its return.
      re: /\bbang for\b|\bvalue for money\b|\bmost efficient\b|\bbest value\b|\b(?:get|got|getting|earn\w*|make|made|making|brings?|brought|return\w*)(?: us)?(?: back)? per (?:dollar|euro|pound|buck)\b/,
      weight: 3,
    },
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
      re: /\b(?:one|a single) more (?:dollar|euro|pound|buck|quid)\b|\bnext (?:(?:incremental|additional|extra|marginal) )?(?:dollar|euro|pound|buck)\b|\b(?:on|from|of) the last (?:dollar|euro|pound|buck)\b|\bnext marginal\b|\bextra (?:dollar|euro|pound|buck)\b|\badditional (?:dollar|euro)\b/,
      weight: 4.5,
    },
    {
      re: new RegExp(
        `\\bmarginal\\w*\\b|\\bmroi\\b|\\bmroas\\b|\\bincremental (?:roi|roas|return)\\b|${AT_THE_MARGIN.source}`,
      ),
      weight: 3.5,
    },
    {
      re: /\b(?:headroom|room to (?:grow|scale)|scale further|can take more|most upside|upside)\b/,
      weight: 3,
    },
    {
      re: /\bwhere (?:should|would|do|could|can) (?:we|i)\b[^?]*\b(?:put|spend|invest|add|go|place)\b|\bwhere (?:is|are) the best place\b|\bwhere to (?:invest|spend|put)\b/,
      weight: 2.5,
    },
    // "which single channel should the extra 10k go to?": the best place for the next money.
    {
      re: /\bwhich (?:single |one |one single )?(?:channel|media|medium) (?:should|would|could|must|do i|do we) (?:it|that|this|they|the (?:money|extra|cash|budget|rest)|MONEY) (?:go|be put|be spent|be invested|get|receive)\b|\bwhich (?:single |one )?(?:channel|media) (?:should|would|could) (?:get|receive|take) (?:it|that|this|the (?:money|extra|cash)|MONEY)\b/,
      weight: 3.5,
    },
    // "if I had an extra 10k, which channel gives me the most back for it?": the best return on
    // money on top of today's, a ranking by marginal ROI, outweighing the words of a ranking by
    // ROI ("which channel … the best return"). Not a past extra ("we got an extra 100k last
    // year, which channel gave the most back?").
    {
      re: /^(?=[^?]*\b(?:extra|additional|another|next|spare) MONEY\b)[^?]*\bwhich (?:single |one )?(?:channel|media|medium)\b[^?]*\b(?:most|best|highest|biggest|greatest|largest) (?:\w+ )?(?:back|return\w*|bang|payback)\b/,
      weight: 7.5,
      unless: (skel) =>
        /\b(?:did|gave|went|spent|brought|returned|delivered|made)\b|\b(?:last|previous|past) (?:year|quarter|month|week)\b|\bYEAR\b/.test(
          skel,
        ),
    },
    {
      re: /\b(?:more|extra|additional) (?:money|budget|spend|dollars)\b[^?]*\bwhere\b|\bwhere\b[^?]*\b(?:more|extra|additional) (?:money|budget|spend|dollars)\b/,
      weight: 1.5,
    },
  ],
  response: RESPONSE_CUES,
  diagnostics: [
    // "which of the estimates are the shakiest?", "show me R-hat and effective sample sizes"
    {
      re: /\b(?:shakiest|least (?:reliable|certain|solid|trustworthy)|most uncertain|least pinned down)\b|\br ?hat\b|\beffective sample sizes?\b|\bconvergence\b|\bdivergen\w*/,
      weight: 3,
    },
    {
      re: /\br2\b|\baccura\w*|\bmape\b|\bnrmse\b|\brmse\b|\bfit quality\b|\bgoodness\b|\bholdout\b|\bout of sample\b|\bdiagnos\w*|\boverfit\w*|\bprecision\b|\berror (?:rate|margin)\b|\bmargins? of error\b|\bvalidat\w*/,
      weight: 3.5,
    },
    {
      re: /\bhow (?:good|reliable|accurate|robust|solid|trustworthy|confident|sure|certain|well)\b[^?]*\b(?:model|it|this|results?|fit|numbers|estimates|you)\b|\bhow good is\b/,
      weight: 3,
    },
    {
      re: /\b(?:can|should|do) (?:i|we) (?:trust|rely on)\b|\btrust\w*\b|\bfaith\b|\breliab\w*|\bquality\b|\bconfidence\b|\buncertain\w*/,
      weight: 2.5,
    },
    { re: /\bmodel\b/, weight: 0.5 },
    // "can I put these numbers in front of the board without getting burned?": safe to present.
    {
      re: /\b(?:can|could|should|dare|do) (?:i|we)\b[^?]*\b(?:model|numbers|results|figures|estimates|outputs?|findings)\b[^?]*\b(?:in front of|to|before|with) (?:the |our |my )?(?:board|cfo|ceo|coo|cmo|execs?|executives?|leadership|investors?|management|c-?suite)\b|\bwithout (?:getting )?(?:burned|burnt|embarrass\w*|caught out|egg on (?:my|our) face)\b/,
      weight: 3,
    },
    // "how's the fit?", "how good is the model's fit?"
    {
      re: /\bhow (?:is|s|good is|well does|well is|tight is|solid is) (?:the |this |your |our )?(?:model(?: s)? )?fit\b/,
      weight: 3.5,
    },
    {
      re: /\bred flags?\b|\bwarning signs?\b|\b(?:issues?|problems?|concerns?|caveats?|weak(?:ness|nesses|spots?)) (?:with|in) (?:the |this |our )?(?:model|fit)\b|\bmodel fit\b/,
      weight: 3.5,
    },
    {
      re: /\bmodel (?:is |any )?(?:good|ok|okay|reliable|accurate|solid|trustworthy|right|correct)\b/,
      weight: 3,
    },
    { re: /\b(?:model|it|this|results?|numbers) (?:any )?good\b|\bany good\b/, weight: 3 },
    // "which channels can the model not estimate well?": where its estimates are weak.
    {
      re: /\b(?:not|cannot|can t|struggles? to|unable to|fails? to|hard to|hardest to) (?:\w+ )?(?:estimate|measure|identify|pin down|separate|capture)\b|\b(?:estimated|measured|identified) (?:\w+ )?(?:poorly|badly|weakly)\b/,
      weight: 3.5,
    },
    {
      re: /\bconverg\w*|\bparameter estimates?\b|\b(?:fit|model|fits|estimates?) (?:ok|okay|fine|sane|sensible|healthy|sound|valid|legit)\b|\bsanity[- ]check\w*|\bwarnings?\b[^?]*\b(?:fit|model)\b/,
      weight: 3.5,
    },
  ],
  methodology: [
    // "what adstock and saturation functions does the model use?": the model's specification.
    {
      re: /\b(?:what|which) (?:\w+ ){0,4}?(?:functions?|forms?|specifications?|transforms?|transformations?|priors?|distributions?|equations?|formulas?) (?:does|do|did) (?:the|your|this|our) (?:model|mmm|engine|fit|tool) use\b/,
      weight: 5,
    },
    // "the one-paragraph version of how this model works", "explain how the model decides".
    {
      re: /\bhow (?:the|this|your|our|mixpilot s|the whole) (?:model|mmm|tool|engine|mixpilot|thing|analysis|approach|method) (?:works?|is built|was built|decides|thinks|estimates|calculates|gets (?:its|these|the) (?:numbers|answers))\b/,
      weight: 4,
    },
    // "what does our playbook say?": the workspace's own documents are searched with the methodology.
    {
      re: /\b(?:playbooks?|brand ?book|our (?:docs|documents|guidelines|guide|policy|policies|briefs?|wiki|notes)|the (?:uploaded|attached) (?:docs?|documents?|files?))\b/,
      weight: 4,
    },
    // "how long does TV keep working after we stop?": carryover.
    {
      re: /\bhow long (?:does|do|will|would|did|is|are) (?:CH|it|the effect|ads?|advertising|media|our ads)\b[^?]*\b(?:last|keep|work|working|linger|stay|carry|carries|persist|decay|wear)\w*\b/,
      weight: 4,
    },
    // "why does it bend over like that?": why a curve has its shape.
    {
      re: /^why (?:does|do|did|is|are|would) (?:it|that|this|the curve|the line|CH)(?: s)? (?:curve )?(?:bend\w*|curv\w*|flatten\w*|plateau\w*|level\w* off|saturat\w*|tail\w* off|drop\w* off|turn\w*|slop\w*|look\w*|shaped?)\b/,
      weight: 3.5,
    },
    {
      re: /\b(?:what|how|why|when|should)\b[^?]*\b(?:lift tests?|geo(?:-?lift)? tests?|holdout tests?|incrementality(?: tests?)?|experiments?|calibrat\w*)\b/,
      weight: 4,
    },
    {
      re: /\bhow (?:do|does|did|is|are|was) (?:you|mixpilot|the model|it|this|we|that|the tool|roi|roas|mroi|adstock|saturation)\b[^?]*\b(?:compute|computed|calculate|calculated|work|works|estimate|estimated|measure|measured|know|model|modeled|modelled|handle|define|defined|derive|derived|come up|get|determine|determined|figure|account|deal|treat|capture|include|consider|factor|separate|distinguish|disentangle|isolate|untangle|tell apart|tell the difference|decompose)\b/,
      weight: 4,
      unless: (skel) => GOAL.test(skel),
    },
    {
      re: /\bwhy (?:would|does|did|do|might|could|is) (?:the |your |mixpilot s )?(?:optimi[sz]\w*|model|tool|engine|planner|algorithm)\b[^?]*\b(?:recommend|suggest|advise|cut|cuts|cutting|move|moves|shift|favou?r|pick|choose|prefer|allocate|give|take)\w*\b/,
      weight: 5,
    },
    {
      re: /\bwhat (?:does|do) (?:the |a |an |this |that |our )?(?:\w+ ){0,6}?(?:actually |really |even |exactly )?mean\b|\bhow (?:is|are) (?:the |these |your )?(?:\w+ ){0,2}(?:curves?|adstock|saturation|carry-?over|baseline|intervals?|priors?) (?:estimated?|fitted|fit|derived|chosen|computed|calculated|modell?ed)\b/,
      weight: 7,
    },
    {
      re: /\bpriors\b|\bprior (?:distributions?|beliefs?|knowledge|assumptions?|choices?|settings?)\b|\bcan (?:an |the |a |your )?(?:mmm|model|marketing mix model|media mix model|you|mixpilot)\b[^?]*\b(?:say|tell|measure|capture|handle|account for|see|detect|pick up|know)\b[^?]*\b(?:anything|at all|only|about)\b/,
      weight: 4,
    },
    {
      re: /^(?![^?]*\bCH\b)(?![^?]*\b(?:PCT|MONEY|NUM|YEAR)\b)[^?]*\bwhy (?:is|are|does|do|would|can|should)\b[^?]*\b(?:marginal|average|m?roas|m?roi|adstock|saturation|baseline|intervals?|curves?)\b[^?]*\b(?:lower|higher|smaller|bigger|larger|less|more|differ\w*|different|flatten\w*|bend\w*|level\w* off|taper\w*|saturate\w*|diminish\w*|plateau\w*|(?:bad|poor|wrong|worse|better|good) (?:place|bet|home|choice|use))\b/,
      weight: 4.5,
    },
    {
      re: /\bwhat (?:even |exactly |actually |really |precisely )?(?:is|are|does|do) (?:an? |the )?(?:adstock|saturation|carry-?over|decay|mmm|marketing mix\w*|media mix\w*|roas|roi|mroi|marginal roi|marginal|hill|response curve|baseline|lag|incrementality|elasticity|bayesian|ridge|regression|credible interval|interval|holdout)\b(?! (?:of|for|on|from|by|in|at) | (?:roi|roas|return|curves?|mape|r2|nrmse|rmse|error|accuracy|fit|metrics?|score|results?)\b)/,
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
      re: /\bwhy should (?:i|we) (?:believe|trust|buy)\b|\bwhy (?:do|does|is|are) (?:you|the model|it)\b|\bhow do you know\b|\bhow (?:do|does|can|would) (?:you|the model|it|mixpilot)\b[^?]*\b(?:confus\w*|mixed up|tell (?:\w+ ){1,4}apart|separat\w*|distinguish\w*|disentangl\w*|double count\w*)\b|\bwhere (?:do|does|did) (?:these|the|this|that|those) (?:numbers?|figures?|results?|estimates?|forecasts?|recommendations?|(?:uncertainty |confidence |error )?(?:bands?|intervals?|ranges?)) come from\b/,
      weight: 4,
    },
    // "why is search's ROI lower in your model than in Google Ads' own reporting?"
    {
      re: /\b(?:why|how come)\b[^?]*\b(?:lower|higher|different|differ\w*|disagree\w*|not match|less|more|smaller|bigger)\b[^?]*\b(?:than|from|with)\b[^?]*\b(?:reporting|reports?|platforms?|dashboards?|attribution|analytics|ads manager|ga4|in platform)\b/,
      weight: 6,
    },
    {
      re: /\b(?:is|are) (?:the |your |this |our )?(?:model|mmm|mixpilot|it) (?:bayesian|frequentist|causal|linear|a regression|ridge|machine learning|ai)\b|\bcan (?:the |your |this )?(?:model|mmm|mixpilot|tool|engine)\b[^?]*\b(?:cope|deal|handle|work|cater|live)\b|\bhow (?:should|do|can|would|must) (?:i|we) (?:read|interpret|understand|think about|make sense of)\b/,
      weight: 4,
    },
    {
      re: /\b(?:adstock|carry-?over|hill function|geometric|weibull|bayesian|ridge|regression|mmm|marketing mix model\w*|media mix model\w*)\b/,
      weight: 1.5,
    },
    // "is the Hill exponent fixed or estimated?", "are the intervals calibrated?": how a part of
    // the model is set ("is TV saturation the same as radio?" compares channels instead).
    {
      re: /\b(?:is|are|was|were) (?:the |a |an |our |your |these |its )?(?:(?!CH\b)\w+ ){0,3}(?:exponents?|parameters?|intervals?|bands?|priors?|adstock|decay|half ?life|shape|slope|saturation|carry ?over|lags?|coefficients?|elasticit\w*|hill|posteriors?) (?:fixed|calibrated|estimated?|learned|learnt|fitted|fit|chosen|set|tuned|shared|pooled|assumed|hard ?coded|the same)\b/,
      weight: 4.5,
    },
    { re: /\bposteriors?\b|\bcredible intervals?\b/, weight: 2 },
    {
      re: /\bhow (?:does|do|did|would|will) (?:the |your |mixpilot s )?(?:optimi[sz]\w*|algorithm|tool|engine|sampler|search|model|planner|mixpilot|you)\b[^?]*\b(?:decide|decides|choose|chooses|pick|picks|work out|works out|determine|determines|come up with|arrive at|know)\b|^(?![^?]*\b(?:MONEY|PCT)\b)(?:so |and |ok |okay )?how (?:does|do|would|will) (?:the |your |mixpilot s )?(?:optimi[sz]\w*|algorithm|solver|sampler|engine|planner) (?:actually |really |exactly |even )?(?:work|handle|treat|deal with|cope with)\b/,
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
  refit: REFIT_CUES,
  help: [
    { re: /^(?:help|hi|hello|hey|yo|howdy|good (?:morning|afternoon|evening)|\?)\b/, weight: 2.5 },
    {
      re: /\bhow (?:do|can|should|would) (?:i|we) (?:use|work with|get started with|get the most out of) (?:you|mixpilot|(?:this|the) (?:thing|tool|app|bot|assistant|chatbot|product|service))\b|\bwhat (?:else )?(?:can|could|do|should) (?:you|i) (?:actually |really |even |exactly |else )?(?:do|ask|help)\b|\bhow (?:do|can|should) i (?:use(?! (?:the |our |my |this |that |an? )?(?:extra |additional )?(?:budget|money|spend|cash|funds|MONEY|savings|difference|rest))|start|get started)\b|\b(?:what|which) (?:questions|(?:kinds?|sorts?|types?) of (?:questions|things)|things) (?:can|could|should) i\b|\bcapabilit\w*|\bwho are you\b|\bwhat are you\b|\b(?:rundown|overview|summary|tour|intro\w*) of (?:what (?:you|mixpilot) (?:do|can do|does|offer)|your (?:features|capabilities))\b|\bwhat is mixpilot\b|\bhelp\b(?! (?:sales|revenue|volume|conversions|orders|kpi|performance|results|the (?:business|brand|numbers)|our (?:sales|revenue|numbers|business))\b)|\bexamples?\b|\bget started\b/,
      weight: 4,
    },
  ],
};
