import { assignCalls } from '../match/assign-calls';
import { evaluateCheck } from '../match/evaluate-check';
import { fromChecks, type ScoreResult, type Scorer } from './score-types';

/**
 * Argument accuracy: every `args` check of every expected tool call, run against the arguments
 * of the call it was paired with. A missing call fails all of its checks.
 * Score = passed checks / all argument checks.
 */
export const scoreArguments: Scorer = (expect, outcome): ScoreResult | undefined => {
  const expected = expect.tools ?? [];
  if (!expected.some((e) => (e.args ?? []).length > 0)) return undefined;
  const calls = outcome.answer?.toolCalls ?? [];
  const assigned = assignCalls(expected, calls, expect.order === 'ordered');
  const outcomes = expected.flatMap((e, i) => {
    const call = calls[assigned[i] ?? -1];
    return (e.args ?? []).map((check) => {
      if (!call) return { ok: false, message: `${e.name} not called: ${check.path} unchecked` };
      const o = evaluateCheck(call.args, check);
      return o.ok ? o : { ok: false, message: `${e.name} args ${o.message}` };
    });
  });
  return fromChecks('arguments', outcomes);
};
