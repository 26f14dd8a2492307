import { extractNumbers } from '../../agent';
import type { CheckOutcome } from '../match/evaluate-check';
import { MISSING, resolvePath } from '../match/json-path';
import type { AnswerNumber, Expectation } from '../suite/suite-schema';
import type { ScoreResult, TurnOutcome } from './score-types';

const CAPABILITIES =
  /what[- ]if|budget|contribution|drives? (sales|revenue)|\bROI\b|\bROAS\b|response curve|saturat|adstock|channel|forecast|marketing mix/gi;

/** True when the text names at least two things MixPilot can do. */
export function saysWhatItCanDo(text: string): boolean {
  const found = new Set((text.match(CAPABILITIES) ?? []).map((m) => m.toLowerCase()));
  return found.size >= 2;
}

/** True when the text asks the user something. */
export function asksAQuestion(text: string): boolean {
  return /\?(\s|$|\*)/.test(text);
}

function numberCheck(spec: AnswerNumber, outcome: TurnOutcome, text: string): CheckOutcome {
  const label = `${spec.tool}${spec.index ? `[${spec.index}]` : ''}.${spec.path}`;
  const call = (outcome.answer?.toolCalls ?? []).filter((c) => c.name === spec.tool)[spec.index];
  if (!call) return { ok: false, message: `answer number ${label}: ${spec.tool} not called` };
  const value = resolvePath(call.result, spec.path);
  if (value === MISSING || typeof value !== 'number')
    return { ok: false, message: `answer number ${label}: no number in the result` };
  const stated = extractNumbers(text);
  const hit = stated.some((n) => {
    const targets = n.percent && Math.abs(value) <= 1.5 ? [value, value * 100] : [value];
    return targets.some((t) => {
      const slack = n.tolerance + (spec.tolerance ?? 0) + (spec.rel ?? 0) * Math.abs(t) + 1e-9;
      return spec.signed
        ? Math.abs(n.value - t) <= slack
        : Math.abs(Math.abs(n.value) - Math.abs(t)) <= slack;
    });
  });
  return hit
    ? { ok: true }
    : {
        ok: false,
        message: `answer does not state ${label} = ${Number(value.toPrecision(6))} (numbers in the answer: ${stated.map((n) => n.text).join(', ') || 'none'})`,
      };
}

/**
 * Deterministic answer correctness: `contains`/`not_contains` (case-insensitive), `regex`/
 * `not_regex`, lengths, `numbers` (the answer states a tool-result value, within the rounding it
 * shows plus any tolerance), `clarify` (asks a question) and `refuse` (says what MixPilot can
 * do). Score = passed checks / checks.
 */
export function scoreCorrectness(
  expect: Expectation,
  outcome: TurnOutcome,
): ScoreResult | undefined {
  const a = expect.answer;
  if (!a && !expect.clarify && !expect.refuse) return undefined;
  const text = outcome.answer?.answer;
  if (text === undefined)
    return {
      scorer: 'correctness',
      score: 0,
      pass: false,
      details: [`no answer: ${outcome.error ?? 'unknown error'}`],
    };
  const lower = text.toLowerCase();
  const checks: CheckOutcome[] = [];
  const add = (ok: boolean, message: string) => checks.push(ok ? { ok } : { ok, message });
  for (const s of a?.contains ?? []) add(lower.includes(s.toLowerCase()), `answer lacks '${s}'`);
  for (const s of a?.not_contains ?? [])
    add(!lower.includes(s.toLowerCase()), `answer contains '${s}'`);
  for (const r of a?.regex ?? [])
    add(new RegExp(r, 'i').test(text), `answer does not match /${r}/i`);
  for (const r of a?.not_regex ?? []) add(!new RegExp(r, 'i').test(text), `answer matches /${r}/i`);
  if (a?.min_length !== undefined)
    add(text.length >= a.min_length, `answer shorter than ${a.min_length}`);
  if (a?.max_length !== undefined)
    add(text.length <= a.max_length, `answer longer than ${a.max_length}`);
  for (const n of a?.numbers ?? []) checks.push(numberCheck(n, outcome, text));
  if (expect.clarify) add(asksAQuestion(text), 'expected a clarifying question');
  if (expect.refuse) add(saysWhatItCanDo(text), 'expected the answer to say what MixPilot can do');
  const passed = checks.filter((c) => c.ok).length;
  return {
    scorer: 'correctness',
    score: checks.length === 0 ? 1 : passed / checks.length,
    pass: passed === checks.length,
    details: checks.filter((c) => !c.ok).map((c) => c.message ?? 'failed'),
  };
}
