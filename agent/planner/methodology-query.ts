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
  [/\badstock|carry-?over|decay|lag\b/, 'adstock carryover'],
  [/\bsaturat|diminishing|hill\b/, 'saturation diminishing returns'],
  [/\bmarginal|mroi\b/, 'marginal ROI'],
  [/\broas\b|\broi\b|return on/, 'ROI ROAS computation'],
  [/\bbaseline|organic\b/, 'baseline'],
  [/\binterval|uncertain|confidence|credible\b/, 'uncertainty intervals'],
  [/\bholdout|accura|r2|mape|valid/, 'model validation'],
  [/\boptimi|allocat\b/, 'budget optimization'],
  [/\bbelieve|trust|why should\b/, 'validation and assumptions of the model'],
];

const FILLER =
  /\b(?:please|can|could|would|you|tell|me|us|explain|how|do|does|did|what|is|are|the|a|an|i|we|our|of|to|in|on|for|this|that|it|and|or|mixpilot|about|exactly|really|just)\b/g;

/**
 * The query for `search_methodology`: a fixed, well-worded topic per intent, or for methodology
 * questions the user's content words plus the topics they touch.
 */
export function methodologyQuery(intent: IntentName, text: string): string {
  const fixed = BY_INTENT[intent];
  if (fixed) return fixed;
  const topics = TOPICS.filter(([re]) => re.test(text)).map(([, t]) => t);
  const words = text
    .replace(/[^a-z0-9 -]/g, ' ')
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const query = [...topics, words].filter(Boolean).join(' ').slice(0, 160).trim();
  return query.length >= 2 ? query : 'marketing mix modeling methodology';
}
