import type { Expectation } from '../suite/suite-schema';
import type { ScoreResult, TurnOutcome } from './score-types';

/** Latency limit: passes when the turn finished within `max_latency_ms`. */
export function scoreLatency(expect: Expectation, outcome: TurnOutcome): ScoreResult | undefined {
  const limit = expect.max_latency_ms;
  if (limit === undefined) return undefined;
  const ok = outcome.latencyMs <= limit;
  return {
    scorer: 'latency',
    score: ok ? 1 : 0,
    pass: ok,
    details: ok ? [] : [`took ${Math.round(outcome.latencyMs)} ms, limit ${limit} ms`],
    metrics: { ms: outcome.latencyMs },
  };
}
