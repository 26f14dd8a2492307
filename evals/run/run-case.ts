import type { AgentService, ToolCallRecord } from '../../agent';
import { scoreArguments } from '../scorers/arguments-scorer';
import { scoreCitations } from '../scorers/citations-scorer';
import { scoreCorrectness } from '../scorers/correctness-scorer';
import { scoreGroundedness } from '../scorers/groundedness-scorer';
import { type Judge, scoreJudge } from '../scorers/judge-scorer';
import { scoreLatency } from '../scorers/latency-scorer';
import { scoreResults } from '../scorers/results-scorer';
import type { ScoreResult, ScorerName, TurnOutcome } from '../scorers/score-types';
import { scoreTrajectory } from '../scorers/trajectory-scorer';
import type { EvalCase, Expectation } from '../suite/suite-schema';
import { collectTurn } from './collect-turn';
import type { CaseResult, TurnResult } from './run-types';
import { trimResult } from './trim-result';

/** What running one case needs. */
export interface CaseRunContext {
  agent: AgentService;
  workspaceId: string;
  /** Expectation defaults of the suite, under each turn's own. */
  defaults: Partial<Expectation>;
  timeoutMs: number;
  judge?: Judge;
  excluded: boolean;
  now: () => number;
}

const SCORERS = [
  scoreTrajectory,
  scoreArguments,
  scoreResults,
  scoreGroundedness,
  scoreCitations,
  scoreCorrectness,
  scoreLatency,
];

/** The turn's expectation over the suite's defaults (the turn wins). */
export function withDefaults(expect: Expectation, defaults: Partial<Expectation>): Expectation {
  const merged: Record<string, unknown> = { ...defaults };
  for (const [k, v] of Object.entries(expect)) if (v !== undefined) merged[k] = v;
  return merged as Expectation;
}

/** Scores one turn with every scorer that applies (the judge only when configured). */
export async function scoreTurn(
  expect: Expectation,
  outcome: TurnOutcome,
  judge?: Judge,
): Promise<ScoreResult[]> {
  const scores = SCORERS.map((s) => s(expect, outcome)).filter(
    (s): s is ScoreResult => s !== undefined,
  );
  const judged = await scoreJudge(expect, outcome, judge);
  return judged ? [...scores, judged] : scores;
}

function meanScores(turns: TurnResult[]): Partial<Record<ScorerName, number>> {
  const sums = new Map<ScorerName, { total: number; n: number }>();
  for (const t of turns)
    for (const s of t.scores) {
      const acc = sums.get(s.scorer) ?? { total: 0, n: 0 };
      acc.total += s.score;
      acc.n++;
      sums.set(s.scorer, acc);
    }
  const out: Partial<Record<ScorerName, number>> = {};
  for (const [k, v] of sums) out[k] = v.total / v.n;
  return out;
}

/**
 * Runs a case's turns in one new thread (later turns continue it), scores each turn and
 * decides the case: it passes when every turn answered and every applicable scorer passed.
 */
export async function runCase(c: EvalCase, ctx: CaseRunContext): Promise<CaseResult> {
  const turns: TurnResult[] = [];
  const history: { question: string; toolCalls: ToolCallRecord[] }[] = [];
  let threadId: string | undefined;
  let error: string | undefined;
  const deadline = ctx.now() + ctx.timeoutMs;
  for (const [i, turn] of c.turns.entries()) {
    const expect = withDefaults(turn.expect, ctx.defaults);
    const remaining = Math.max(1, deadline - ctx.now());
    const started = ctx.now();
    const end = await collectTurn(
      ctx.agent,
      { workspaceId: ctx.workspaceId, question: turn.question, ...(threadId ? { threadId } : {}) },
      remaining,
    );
    const latencyMs = ctx.now() - started;
    const answer = 'answer' in end ? end.answer : undefined;
    const outcome: TurnOutcome = {
      question: turn.question,
      latencyMs,
      history: [...history],
      ...(answer ? { answer } : {}),
      ...('error' in end ? { error: end.error } : {}),
    };
    const scores = await scoreTurn(expect, outcome, ctx.judge);
    turns.push({
      question: turn.question,
      expect: turn.expect,
      ...(answer ? { answer: answer.answer, provider: answer.provider } : {}),
      ...('error' in end ? { error: end.error } : {}),
      toolCalls: (answer?.toolCalls ?? []).map((call) => ({
        name: call.name,
        args: call.args,
        result: trimResult(call.result),
        ...(call.error ? { error: call.error } : {}),
        ...(call.ms !== undefined ? { ms: call.ms } : {}),
      })),
      citations: answer?.citations ?? [],
      latencyMs,
      scores,
    });
    if (!answer) {
      error = `turn ${i + 1}: ${'error' in end ? end.error : 'no answer'}`;
      break;
    }
    threadId = answer.threadId;
    history.push({ question: turn.question, toolCalls: answer.toolCalls });
  }
  const failures = turns.flatMap((t, i) =>
    t.scores
      .filter((s) => !s.pass)
      .flatMap((s) =>
        s.details.map((d) => `${c.turns.length > 1 ? `turn ${i + 1} ` : ''}${s.scorer}: ${d}`),
      ),
  );
  if (error) failures.unshift(error);
  return {
    id: c.id,
    ...(c.description ? { description: c.description } : {}),
    tags: c.tags,
    excluded: ctx.excluded,
    pass: error === undefined && turns.every((t) => t.scores.every((s) => s.pass)),
    ...(error ? { error } : {}),
    latencyMs: turns.reduce((s, t) => s + t.latencyMs, 0),
    scores: meanScores(turns),
    failures,
    turns,
  };
}
