import { describe, expect, it } from 'vitest';
import { answerOf, expectOf, MOVE_CALL, outcomeOf } from '../testing/fixtures';
import { scoreArguments } from './arguments-scorer';

const expectation = expectOf({
  tools: [
    {
      name: 'what_if',
      args: {
        'changes[0].type': 'move',
        'changes[0].from': { regex: '^tv' },
        'changes[0].to': { regex: '^social' },
        'changes[0].percent': 20,
      },
    },
  ],
});

describe('argument accuracy scorer', () => {
  it('passes a move of 20 from TV to social', () => {
    expect(scoreArguments(expectation, outcomeOf(answerOf('x')))).toMatchObject({
      score: 1,
      pass: true,
      details: [],
    });
  });

  it('fails a move of 25 from TV to search with the share of checks passed', () => {
    const wrong = {
      ...MOVE_CALL,
      args: { changes: [{ type: 'move', from: 'tv_spend', to: 'search_spend', percent: 25 }] },
    };
    const s = scoreArguments(expectation, outcomeOf(answerOf('x', [wrong])));
    expect(s).toMatchObject({ score: 0.5, pass: false });
    expect(s?.details).toEqual([
      'what_if args changes[0].to: expected text matching /^social/i, got "search_spend"',
      'what_if args changes[0].percent: expected 20, got 25',
    ]);
  });

  it('picks the call that fits best when a tool is called twice', () => {
    const other = {
      ...MOVE_CALL,
      id: 'x',
      args: { changes: [{ type: 'scale', channel: 'radio', percent: -50 }] },
    };
    expect(scoreArguments(expectation, outcomeOf(answerOf('x', [other, MOVE_CALL])))?.pass).toBe(
      true,
    );
  });

  it('fails every check when the tool was not called', () => {
    expect(scoreArguments(expectation, outcomeOf(answerOf('x', [])))).toMatchObject({
      score: 0,
      pass: false,
    });
  });

  it('accepts a range for the percent and rejects a value outside it', () => {
    const e = expectOf({
      tools: [{ name: 'what_if', args: [{ path: 'changes[0].percent', min: 15, max: 20 }] }],
    });
    expect(scoreArguments(e, outcomeOf(answerOf('x')))?.pass).toBe(true);
    const e2 = expectOf({
      tools: [{ name: 'what_if', args: [{ path: 'changes[0].percent', min: 21 }] }],
    });
    expect(scoreArguments(e2, outcomeOf(answerOf('x')))?.pass).toBe(false);
  });
});
