import { describe, expect, it } from 'vitest';
import { answerOf, expectOf, outcomeOf } from '../testing/fixtures';
import { scoreLatency } from './latency-scorer';

describe('latency scorer', () => {
  it('passes a turn within its limit and fails one over it', () => {
    const e = expectOf({ max_latency_ms: 500 });
    expect(scoreLatency(e, outcomeOf(answerOf('x'), 'q', 499))?.pass).toBe(true);
    const s = scoreLatency(e, outcomeOf(answerOf('x'), 'q', 501));
    expect(s).toMatchObject({ pass: false, details: ['took 501 ms, limit 500 ms'] });
  });

  it('does not score without a limit', () => {
    expect(scoreLatency(expectOf({}), outcomeOf(answerOf('x')))).toBeUndefined();
  });
});
