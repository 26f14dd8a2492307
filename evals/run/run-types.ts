import type { Citation } from '../../agent';
import type { ScoreResult, ScorerName } from '../scorers/score-types';
import type { Expectation } from '../suite/suite-schema';

/** A tool call as kept in results: the result is trimmed when very large. */
export interface RecordedCall {
  name: string;
  args: Record<string, unknown>;
  result: unknown;
  error?: { code: string; message: string };
  ms?: number;
}

/** One turn of a case: what was asked and expected, what came back, how it scored. */
export interface TurnResult {
  question: string;
  expect: Expectation;
  answer?: string;
  error?: string;
  toolCalls: RecordedCall[];
  citations: Citation[];
  provider?: string;
  latencyMs: number;
  scores: ScoreResult[];
}

/** One case: passes when every scorer passes on every turn and nothing failed or timed out. */
export interface CaseResult {
  id: string;
  description?: string;
  tags: string[];
  /** True for cases with an excluded tag (e.g. `known-issue`): reported, not counted. */
  excluded: boolean;
  pass: boolean;
  error?: string;
  latencyMs: number;
  /** Mean score per scorer over the turns it applied to. */
  scores: Partial<Record<ScorerName, number>>;
  failures: string[];
  turns: TurnResult[];
}

/** Totals over the counted (non-excluded) cases, and whether the suite's thresholds hold. */
export interface RunSummary {
  total: number;
  counted: number;
  passed: number;
  failed: number;
  errored: number;
  excluded: number;
  excludedPassed: number;
  passRate: number;
  scorers: Partial<Record<ScorerName, number>>;
  latency: { p50: number; p95: number; max: number };
  thresholdsMet: boolean;
  /** One line per threshold missed. */
  thresholdFailures: string[];
}

/** A whole run: the JSON written by `--report` and stored by the eval service. */
export interface RunResult {
  suite: string;
  provider?: string;
  startedAt: string;
  durationMs: number;
  thresholds: {
    pass_rate: number;
    scorers: Record<string, number>;
    latency_p95_ms?: number;
    exclude_tags: string[];
  };
  summary: RunSummary;
  cases: CaseResult[];
}

/** Progress of a run, after each finished case. */
export interface RunProgress {
  done: number;
  total: number;
  passed: number;
  failed: number;
  last: CaseResult;
}
