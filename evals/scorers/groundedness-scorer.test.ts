import { describe, expect, it } from 'vitest';
import { answerOf, expectOf, GOOD_TEXT, outcomeOf } from '../testing/fixtures';
import { scoreGroundedness } from './groundedness-scorer';

describe('numeric groundedness scorer', () => {
  it('passes an answer whose every figure rounds from the what-if result', () => {
    const s = scoreGroundedness(expectOf({}), outcomeOf(answerOf(GOOD_TEXT)));
    expect(s).toMatchObject({ score: 1, pass: true });
    expect(s?.metrics?.stated).toBeGreaterThan(6);
  });

  it('fails an answer with an invented figure and names it', () => {
    const text = `${GOOD_TEXT}\n- Expect a 7.5% lift in brand awareness.`;
    const s = scoreGroundedness(expectOf({}), outcomeOf(answerOf(text)));
    expect(s?.pass).toBe(false);
    expect(s?.details).toEqual(["ungrounded number '7.5%'"]);
  });

  it('fails a figure rounded wrongly ($12.9k for 12,300)', () => {
    const s = scoreGroundedness(expectOf({}), outcomeOf(answerOf('Revenue rises by $12.9k.')));
    expect(s?.pass).toBe(false);
  });

  it('accepts numbers from the question, earlier turns and skips dates and citation markers', () => {
    const outcome = {
      ...outcomeOf(answerOf('As asked, 35% of radio; earlier lift 4.2k, on 2024-12-23 [1].', [])),
      question: 'and 35% of radio?',
      history: [
        {
          question: 'q',
          toolCalls: [{ id: 'a', name: 'what_if', args: {}, result: { delta: { kpi: 4_213 } } }],
        },
      ],
    };
    expect(scoreGroundedness(expectOf({}), outcome)?.pass).toBe(true);
  });

  it("accepts figures of a tool's error message, as the agent's guard does", () => {
    const message = 'cannot move $500,000 out of TV: it only has $449,975 over the horizon';
    const failed = {
      id: 'a',
      name: 'what_if',
      args: {},
      result: null,
      error: { code: 'unprocessable', message },
    };
    const outcome = outcomeOf(answerOf(`I couldn't do that: ${message}.`, [failed]));
    expect(scoreGroundedness(expectOf({}), outcome)?.pass).toBe(true);
  });

  it('is off with grounded: false', () => {
    expect(
      scoreGroundedness(expectOf({ grounded: false }), outcomeOf(answerOf('42'))),
    ).toBeUndefined();
  });
});
