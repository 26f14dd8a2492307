import { assignCalls } from '../match/assign-calls';
import { evaluateCheck } from '../match/evaluate-check';
import { fromChecks, type ScoreResult, type Scorer } from './score-types';

/**
 * Tool-result checks: each `result` check of an expected call runs against that call's result
 * (references such as `{ ref: reference.spend.tv_spend, times: 0.8 }` resolve in the same
 * result). A call that failed fails its checks, unless the case expects `error: true`.
 * Score = passed checks / all result checks.
 */
export const scoreResults: Scorer = (expect, outcome): ScoreResult | undefined => {
  const expected = expect.tools ?? [];
  if (!expected.some((e) => (e.result ?? []).length > 0 || e.error !== undefined)) return undefined;
  const calls = outcome.answer?.toolCalls ?? [];
  const assigned = assignCalls(expected, calls, expect.order === 'ordered');
  const outcomes = expected.flatMap((e, i) => {
    const checks = e.result ?? [];
    if (checks.length === 0 && e.error === undefined) return [];
    const call = calls[assigned[i] ?? -1];
    if (!call) return [{ ok: false, message: `${e.name} not called: its result is unchecked` }];
    if (e.error !== undefined) {
      const failed = call.error !== undefined;
      if (failed !== e.error)
        return [
          {
            ok: false,
            message: e.error
              ? `${e.name} was expected to fail but succeeded`
              : `${e.name} failed: ${call.error?.message}`,
          },
        ];
      if (failed) return [{ ok: true }];
    }
    if (call.error)
      return checks.map(() => ({ ok: false, message: `${e.name} failed: ${call.error?.message}` }));
    return checks.map((check) => {
      const o = evaluateCheck(call.result, check);
      return o.ok ? o : { ok: false, message: `${e.name} result ${o.message}` };
    });
  });
  return fromChecks('results', outcomes);
};
