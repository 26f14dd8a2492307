import { describe, expect, it } from 'vitest';
import { answerOf, expectOf, GOOD_TEXT, outcomeOf } from '../testing/fixtures';
import { scoreCorrectness } from './correctness-scorer';

const numbers = [
  { tool: 'what_if', path: 'delta.kpi' },
  { tool: 'what_if', path: 'delta.kpiPct' },
  { tool: 'what_if', path: 'scenario.spend.tv_spend' },
];

describe('answer correctness scorer', () => {
  it('passes an answer stating the KPI delta, its percent and the new TV spend', () => {
    const e = expectOf({
      answer: { contains: ['Social'], regex: ['raise'], not_contains: ['lower'], numbers },
    });
    expect(scoreCorrectness(e, outcomeOf(answerOf(GOOD_TEXT)))).toMatchObject({
      score: 1,
      pass: true,
    });
  });

  it('fails an answer with the wrong delta and a wrong direction word', () => {
    const text = GOOD_TEXT.replace('+$12.3k', '+$15k').replace('raise', 'lower');
    const e = expectOf({ answer: { regex: ['raise'], not_contains: ['lower'], numbers } });
    const s = scoreCorrectness(e, outcomeOf(answerOf(text)));
    expect(s?.pass).toBe(false);
    expect(s?.score).toBeCloseTo(2 / 5);
    expect(s?.details[2]).toMatch(/^answer does not state what_if\.delta\.kpi = 12300/);
  });

  it('compares with the sign only when asked', () => {
    const down = 'Revenue falls by -$12.3k.';
    const e = expectOf({
      answer: { numbers: [{ tool: 'what_if', path: 'delta.kpi', signed: true }] },
    });
    expect(scoreCorrectness(e, outcomeOf(answerOf(down)))?.pass).toBe(false);
    const e2 = expectOf({ answer: { numbers: [{ tool: 'what_if', path: 'delta.kpi' }] } });
    expect(scoreCorrectness(e2, outcomeOf(answerOf(down)))?.pass).toBe(true);
  });

  it('matches a share stated as a percent against a fraction', () => {
    const call = {
      id: 'c',
      name: 'get_contributions',
      args: {},
      result: { channels: [{ share: 0.1107 }] },
    };
    const e = expectOf({
      answer: { numbers: [{ tool: 'get_contributions', path: 'channels[0].share' }] },
    });
    expect(scoreCorrectness(e, outcomeOf(answerOf('TV: 11.1% of revenue', [call])))?.pass).toBe(
      true,
    );
    expect(scoreCorrectness(e, outcomeOf(answerOf('TV: 12.1% of revenue', [call])))?.pass).toBe(
      false,
    );
  });

  it('passes a clarifying question and fails a statement', () => {
    const e = expectOf({ clarify: true });
    expect(
      scoreCorrectness(e, outcomeOf(answerOf('From which channel? TV or Radio?', [])))?.pass,
    ).toBe(true);
    expect(scoreCorrectness(e, outcomeOf(answerOf('TV drove most revenue.', [])))?.pass).toBe(
      false,
    );
  });

  it('passes a refusal that says what MixPilot can do and fails a bare refusal', () => {
    const e = expectOf({ refuse: true });
    const help =
      'That is outside what I can help with. I can run what-if scenarios and budget plans.';
    expect(scoreCorrectness(e, outcomeOf(answerOf(help, [])))?.pass).toBe(true);
    expect(scoreCorrectness(e, outcomeOf(answerOf('No.', [])))?.pass).toBe(false);
  });

  it('fails every check when the turn has no answer', () => {
    const s = scoreCorrectness(expectOf({ answer: { contains: 'x' } }), outcomeOf(undefined));
    expect(s).toMatchObject({ pass: false, score: 0 });
  });
});
