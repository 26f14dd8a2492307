import { LIFT_TEST_WORDS } from './lift-test-frame';
import type { IntentName } from './planner-types';

const BY_INTENT: Partial<Record<IntentName, string>> = {
  whatif:
    'how what-if scenarios are simulated: adstock carryover, saturation and the forecast horizon',
  optimize: 'budget optimization: marginal ROI, constraints and the allocation objective',
  contributions:
    'how channel contributions, ROI and ROAS are computed from the model decomposition',
  drivers: 'channel contributions over a period from the model decomposition',
  mroi: 'marginal ROI: the return on the next dollar and saturation',
  response: 'response curves, saturation and diminishing returns',
  diagnostics: 'model validation: R2, NRMSE, MAPE, holdout accuracy and uncertainty intervals',
  refit: 'how the model is fitted: adstock, saturation, regression and the random seed',
};

const TOPICS: [RegExp, string][] = [
  [/\bmmm\b|\bmarketing mix\b|\bmedia mix\b/, 'what is MMM, explained simply for an executive'],
  [/\badstock|carry-?over|decay|lag\b/, 'adstock carryover'],
  [/\bsaturat|diminishing|hill\b/, 'saturation curves'],
  [
    /\bmarginal|mroi\b|\b(?:next|last|extra) dollar|\bmore (?:money|budget|spend)\b/,
    'marginal ROI',
  ],
  [/\broas\b|\broi\b|return on/, 'ROI ROAS computation'],
  [/\bbaseline|organic\b/, 'baseline'],
  [/\binterval|uncertain|confidence|credible\b/, 'uncertainty intervals'],
  [/\bholdout|accura|r2|mape|valid/, 'model validation'],
  [/\boptimi|allocat\b/, 'budget optimization'],
  [/\bbelieve|trust|why should\b/, 'validation and assumptions of the model'],
  [
    /\bconfus|mixed up|apart\b|separat|distinguish|disentangl|double count|collinear|move together/,
    'collinear channels that move together: how credit is split between them',
  ],
  [LIFT_TEST_WORDS, 'calibrating with lift tests and experiments'],
];

/** "how does adstock work?", "what is saturation?", "difference between ROI and mROI": a definition. */
const DEFINITION =
  /^(?:(?:so|ok|okay|and|but) )?(?:how (?:does|do|is|are) (?:\w+ ){1,3}(?:work|works|defined)\b|what (?:is|are) (?:an? |the )?\w+(?: \w+)?\W*$|what (?:is|s) the difference\b|(?:explain|define|describe)\b|what do you mean by\b|(?:the )?meaning of\b)|\bdifference between\b/;

/**
 * The opening section of the note that defines a topic, as a query: the nearest passage to the
 * bare topic words is often a detail (Weibull adstock for "how does adstock work?").
 */
const DEFINING: Record<string, string> = {
  'adstock carryover': 'adstock: the idea, advertising keeps working after it runs',
  'saturation curves': 'saturation: diminishing returns',
  'marginal ROI': 'ROI versus marginal ROI: two different questions',
  'ROI ROAS computation': 'ROI versus marginal ROI: two different questions',
  'uncertainty intervals': 'uncertainty: why every number has a range',
  baseline: 'baseline: what the baseline is',
};

/** "What is MMM?": an introduction, which the words "marketing mix model" alone pull away from. */
const INTRO = /\b(?:mmm|marketing mix model\w*|media mix model\w*|marketing mix|media mix)\W*$/;

const FILLER =
  /\b(?:please|can|could|would|you|tell|me|us|explain|how|do|does|did|what|is|are|the|a|an|i|we|our|of|to|in|on|for|this|that|it|and|or|mixpilot|about|exactly|really|just|wait|even|so|ok|okay|hmm|um|actually)\b/g;

/**
 * The query for `search_methodology`: a fixed, well-worded topic per intent, or for methodology
 * questions the user's content words plus the topics they touch.
 */
export function methodologyQuery(intent: IntentName, text: string): string {
  if (intent === 'refit' && LIFT_TEST_WORDS.test(text))
    return 'calibrating the model with lift tests and experiments';
  const fixed = BY_INTENT[intent];
  if (fixed) return fixed;
  const topics = TOPICS.filter(([re]) => re.test(text)).map(([, t]) => t);
  const words = text
    .replace(/[^a-z0-9 -]/g, ' ')
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (INTRO.test(text) && topics.length === 1) return topics[0] as string;
  const defining = [...new Set(topics.map((t) => DEFINING[t]))];
  if (DEFINITION.test(text) && defining.length === 1 && defining[0]) return defining[0];
  const query = [...topics, words].filter(Boolean).join(' ').slice(0, 160).trim();
  return query.length >= 2 ? query : 'marketing mix modeling methodology';
}

const BACK_REFERENCE =
  /\b(?:that|this|it|these|those|the (?:result|results|number|numbers|answer|forecast|scenario|estimate|estimates|figure|figures|plan|recommendation))\b/;

/**
 * The query for a methodology question: when it names no topic of its own and points back at
 * the previous answer ("how is that computed?", "where do these numbers come from?"), the
 * previous turn's intent decides the topic; otherwise as `methodologyQuery`.
 */
export function methodologyAbout(text: string, previous?: IntentName): string {
  const ownTopic = TOPICS.some(([re]) => re.test(text));
  if (previous && !ownTopic && BACK_REFERENCE.test(text)) return methodologyQuery(previous, text);
  return methodologyQuery('methodology', text);
}

/** Topics one methodology note answers on its own (others span two: saturation and curves). */
const ONE_NOTE = new Set([
  'adstock carryover',
  'marginal ROI',
  'ROI ROAS computation',
  'baseline',
  'uncertainty intervals',
]);

/**
 * How many passages a methodology question needs: one when it points back at the previous
 * answer or asks about a topic a single note covers (the answer then cites only that note),
 * otherwise four to choose from.
 */
export function methodologyHits(text: string, previous?: IntentName): number {
  const topics = TOPICS.filter(([re]) => re.test(text)).map(([, t]) => t);
  if (topics.length === 0) return previous && BACK_REFERENCE.test(text) ? 1 : 4;
  return topics.every((t) => ONE_NOTE.has(t)) ? 1 : 4;
}
