import { checkGrounding, helpText, type ToolCallRecord } from '../../agent';
import type { Expectation } from '../suite/suite-schema';
import type { ScoreResult, TurnOutcome } from './score-types';

/** A tool call's numbers: its arguments, its result and its error message (tool text too). */
function callSources(call: ToolCallRecord): unknown[] {
  return [call.args, call.result, call.error?.message ?? ''];
}

/** The sources an answer's numbers may come from: questions, tool calls, cited passages, help copy. */
export function numberSources(outcome: TurnOutcome): unknown[] {
  const answer = outcome.answer;
  return [
    outcome.question,
    ...outcome.history.flatMap((h) => [h.question, ...h.toolCalls.map(callSources)]),
    ...(answer?.toolCalls ?? []).map(callSources),
    ...(answer?.citations ?? []).map((c) => [c.title, c.section, c.snippet]),
    // The example questions of help replies are product copy, as the agent's guard treats them.
    helpText(),
  ];
}

/**
 * Numeric groundedness, by the agent's own rule (`checkGrounding`): every quantity the answer states rounds from a number in the tool
 * results or arguments (of this or an earlier turn), a question or a cited passage.
 * Score = grounded quantities / stated quantities (1 when none); on unless `grounded: false`.
 */
export function scoreGroundedness(
  expect: Expectation,
  outcome: TurnOutcome,
): ScoreResult | undefined {
  if (expect.grounded === false || !outcome.answer) return undefined;
  const report = checkGrounding(outcome.answer.answer, numberSources(outcome));
  const { ungrounded, checked } = report;
  return {
    scorer: 'groundedness',
    score: checked === 0 ? 1 : (checked - ungrounded.length) / checked,
    pass: ungrounded.length === 0,
    details: ungrounded.map((n) => `ungrounded number '${n.text}'`),
    metrics: { stated: checked, ungrounded: ungrounded.length },
  };
}
