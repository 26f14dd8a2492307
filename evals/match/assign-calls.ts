import type { ToolCallRecord } from '../../agent';
import type { ToolExpectation } from '../suite/suite-schema';
import { evaluateCheck } from './evaluate-check';

/** How many of an expectation's argument and result checks a call passes. */
function checksPassed(expected: ToolExpectation, call: ToolCallRecord): number {
  const args = (expected.args ?? []).filter((c) => evaluateCheck(call.args, c).ok).length;
  const result = call.error
    ? 0
    : (expected.result ?? []).filter((c) => evaluateCheck(call.result, c).ok).length;
  return args + result;
}

/**
 * Pairs each expected tool call with a distinct actual call of the same name: the one passing
 * most of its checks (earliest on ties); in `ordered` mode only calls after the previous match.
 * Returns, per expectation, the index of its call in `calls` or -1.
 */
export function assignCalls(
  expected: ToolExpectation[],
  calls: ToolCallRecord[],
  ordered: boolean,
): number[] {
  const used = new Set<number>();
  let last = -1;
  return expected.map((e) => {
    let best = -1;
    let bestFit = -1;
    calls.forEach((call, i) => {
      if (call.name !== e.name || used.has(i) || (ordered && i <= last)) return;
      const f = checksPassed(e, call);
      if (f > bestFit) {
        best = i;
        bestFit = f;
      }
    });
    if (best >= 0) {
      used.add(best);
      last = best;
    }
    return best;
  });
}
