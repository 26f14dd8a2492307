import { describe, expect, it } from 'vitest';
import { answerOf, expectOf, MOVE_CALL, MOVE_RESULT, outcomeOf } from '../testing/fixtures';
import { scoreResults } from './results-scorer';

const expectation = expectOf({
  tools: [
    {
      name: 'what_if',
      result: [
        {
          path: 'scenario.spend.tv_spend',
          equals: { ref: 'reference.spend.tv_spend', times: 0.8 },
          tolerance: 1e-6,
        },
        {
          path: 'scenario.spend.social_spend',
          equals: {
            ref: 'reference.spend.social_spend',
            plus: { ref: 'reference.spend.tv_spend', times: 0.2 },
          },
          tolerance: 1e-6,
        },
        { path: 'delta.spend', equals: 0, tolerance: 1e-6 },
      ],
    },
  ],
});

describe('tool result scorer', () => {
  it('passes a move that keeps the total and shifts 20% of TV to social', () => {
    expect(scoreResults(expectation, outcomeOf(answerOf('x')))).toMatchObject({
      score: 1,
      pass: true,
    });
  });

  it('fails a result where social gained less than TV lost', () => {
    const result = structuredClone(MOVE_RESULT);
    result.scenario.spend.social_spend = 250_000;
    result.delta.spend = -30_000;
    const s = scoreResults(expectation, outcomeOf(answerOf('x', [{ ...MOVE_CALL, result }])));
    expect(s?.pass).toBe(false);
    expect(s?.score).toBeCloseTo(1 / 3);
  });

  it('fails the checks of a call that errored', () => {
    const failed = {
      ...MOVE_CALL,
      result: null,
      error: { code: 'invalid_input', message: 'channel: unknown' },
    };
    const s = scoreResults(expectation, outcomeOf(answerOf('x', [failed])));
    expect(s).toMatchObject({ score: 0, pass: false });
    expect(s?.details[0]).toBe('what_if failed: channel: unknown');
  });

  it('passes an expected failure and fails an unexpected success', () => {
    const e = expectOf({ tools: [{ name: 'what_if', error: true }] });
    const failed = { ...MOVE_CALL, result: null, error: { code: 'invalid_input', message: 'no' } };
    expect(scoreResults(e, outcomeOf(answerOf('x', [failed])))?.pass).toBe(true);
    expect(scoreResults(e, outcomeOf(answerOf('x')))?.pass).toBe(false);
  });
});
