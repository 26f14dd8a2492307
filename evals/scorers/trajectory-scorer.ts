import { assignCalls } from '../match/assign-calls';
import type { ScoreResult, Scorer } from './score-types';

/**
 * Trajectory match: the expected tools were called (in order when `order: ordered`), no
 * forbidden tool was, and with `extra_tools: forbid` nothing else was (besides `ignore_tools`).
 * `no_tools`, `clarify` and `refuse` expect no tool call at all.
 * Score = matched expected calls / (expected + unexpected calls).
 */
export const scoreTrajectory: Scorer = (expect, outcome): ScoreResult | undefined => {
  const calls = outcome.answer?.toolCalls ?? [];
  const names = calls.map((c) => c.name);
  const wantsNone = expect.no_tools || expect.clarify || expect.refuse;
  if (wantsNone) {
    const ok = outcome.answer !== undefined && calls.length === 0;
    return {
      scorer: 'trajectory',
      score: ok ? 1 : 0,
      pass: ok,
      details: ok
        ? []
        : [outcome.answer ? `expected no tool call, got ${names.join(', ')}` : 'no answer'],
    };
  }
  const expected = expect.tools ?? [];
  if (expected.length === 0 && !expect.forbid_tools) return undefined;
  const details: string[] = [];
  const assigned = assignCalls(expected, calls, expect.order === 'ordered');
  let matched = 0;
  assigned.forEach((idx, i) => {
    if (idx >= 0) matched++;
    else
      details.push(
        `expected a call to ${expected[i]?.name}${expect.order === 'ordered' ? ' (in order)' : ''}; called ${names.join(', ') || 'nothing'}`,
      );
  });
  const taken = new Set(assigned.filter((i) => i >= 0));
  const ignore = new Set<string>(expect.ignore_tools ?? []);
  const forbidden = new Set<string>(expect.forbid_tools ?? []);
  let unexpected = 0;
  calls.forEach((call, i) => {
    if (taken.has(i)) return;
    if (forbidden.has(call.name)) {
      unexpected++;
      details.push(`called forbidden tool ${call.name}`);
    } else if (expect.extra_tools === 'forbid' && !ignore.has(call.name)) {
      unexpected++;
      details.push(`unexpected call to ${call.name}`);
    }
  });
  const denominator = expected.length + unexpected;
  const score = denominator === 0 ? 1 : matched / denominator;
  return { scorer: 'trajectory', score, pass: details.length === 0, details };
};
