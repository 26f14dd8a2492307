import { INTENT_CUES } from './intent-lexicon';
import type { IntentName } from './planner-types';
import type { TurnContext } from './turn-context';

/** The intent read from one message, with its score (sum of cue weights). */
export interface Classification {
  intent: IntentName;
  score: number;
  scores: Partial<Record<IntentName, number>>;
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

/** Below this score a message is not about marketing mix at all. */
export const MIN_SCORE = 1.5;

/** Scores every intent's cues on the message skeleton and picks the strongest. */
export function classify(ctx: TurnContext): Classification {
  const scores: Partial<Record<IntentName, number>> = {};
  for (const [intent, cues] of Object.entries(INTENT_CUES)) {
    let s = 0;
    for (const cue of cues) if (cue.re.test(ctx.skel)) s += cue.weight;
    scores[intent as IntentName] = s;
  }
  const has = (re: RegExp) => re.test(ctx.skel);
  const chans = ctx.tokens.some((t) => t.t === 'ch');
  scores.contributions =
    (scores.contributions ?? 0) + (scores.drivers ?? 0) + (ctx.period ? 0.5 : 0);
  scores.drivers = 0;
  if (has(/\bMONEY\b/) && (scores.optimize ?? 0) > 0) scores.optimize = (scores.optimize ?? 0) + 1;
  if (!chans && !has(/\b(?:total|overall|entire|whole|budget|everything|board|all channels)\b/)) {
    scores.whatif = Math.min(scores.whatif ?? 0, 2);
  }
  if ((scores.whatif ?? 0) >= 3 && (scores.optimize ?? 0) < 3) scores.optimize = 0;
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
    if (chans) return { intent: 'contributions', score: MIN_SCORE, scores };
    return { intent: 'out_of_scope', score: bestScore, scores };
  }
  if (best === 'contributions' && ctx.period) best = 'drivers';
  return { intent: best, score: bestScore, scores };
}
