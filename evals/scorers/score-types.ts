import type { AgentAnswer, ToolCallRecord } from '../../agent';
import type { Expectation } from '../suite/suite-schema';

/** Names of the scorers, as used in results and in `thresholds.scorers`. */
export type ScorerName =
  | 'trajectory'
  | 'arguments'
  | 'results'
  | 'groundedness'
  | 'citations'
  | 'correctness'
  | 'latency'
  | 'judge';

/** One scorer's verdict on one turn: a score in 0-1, whether it passes, and why not. */
export interface ScoreResult {
  scorer: ScorerName;
  score: number;
  pass: boolean;
  /** One line per failed check (or a note, e.g. the judge's reason). */
  details: string[];
  /** Extra figures, e.g. citation precision and recall. */
  metrics?: Record<string, number>;
}

/** What one turn produced, as the scorers see it. */
export interface TurnOutcome {
  question: string;
  /** Undefined when the turn failed or timed out (see `error`). */
  answer?: AgentAnswer;
  error?: string;
  latencyMs: number;
  /** Earlier turns of the same thread: their questions and tool calls are sources for numbers. */
  history: { question: string; toolCalls: ToolCallRecord[] }[];
}

/** A deterministic scorer: undefined when the expectation says nothing it can score. */
export type Scorer = (expect: Expectation, outcome: TurnOutcome) => ScoreResult | undefined;

/** Builds a result from check outcomes: score = share passed, pass = all passed. */
export function fromChecks(
  scorer: ScorerName,
  outcomes: { ok: boolean; message?: string }[],
): ScoreResult {
  const passed = outcomes.filter((o) => o.ok).length;
  return {
    scorer,
    score: outcomes.length === 0 ? 1 : passed / outcomes.length,
    pass: passed === outcomes.length,
    details: outcomes.filter((o) => !o.ok).map((o) => o.message ?? 'failed'),
  };
}
