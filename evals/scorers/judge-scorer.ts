import type { Expectation } from '../suite/suite-schema';
import type { ScoreResult, TurnOutcome } from './score-types';

/** A rubric judge: scores an answer 0-1 against a rubric and says why. Injected, e.g. an LLM. */
export type Judge = (
  rubric: string,
  question: string,
  answer: string,
) => Promise<{ score: number; reason: string }>;

/** Judge scores at or above this pass a turn. */
export const JUDGE_PASS = 0.7;

/**
 * LLM-as-judge rubric score. Undefined (not scored) when the turn has no rubric or no judge is
 * configured; a judge failure scores 0 with the reason.
 */
export async function scoreJudge(
  expect: Expectation,
  outcome: TurnOutcome,
  judge: Judge | undefined,
): Promise<ScoreResult | undefined> {
  if (!expect.judge || !judge) return undefined;
  if (!outcome.answer)
    return { scorer: 'judge', score: 0, pass: false, details: ['no answer to judge'] };
  try {
    const { score, reason } = await judge(expect.judge, outcome.question, outcome.answer.answer);
    const s = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
    return { scorer: 'judge', score: s, pass: s >= JUDGE_PASS, details: [reason] };
  } catch (error) {
    return {
      scorer: 'judge',
      score: 0,
      pass: false,
      details: [`judge failed: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
}
