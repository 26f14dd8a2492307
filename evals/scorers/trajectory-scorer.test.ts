import { describe, expect, it } from 'vitest';
import { answerOf, expectOf, MOVE_CALL, outcomeOf, SEARCH_CALL } from '../testing/fixtures';
import { scoreTrajectory } from './trajectory-scorer';

const OPT_CALL = { id: 'o', name: 'optimize_budget', args: {}, result: {} };

describe('trajectory scorer', () => {
  it('passes when the expected tool was called and extras are ignored', () => {
    const e = expectOf({
      tools: ['what_if'],
      extra_tools: 'forbid',
      ignore_tools: ['search_methodology'],
    });
    expect(scoreTrajectory(e, outcomeOf(answerOf('x')))).toMatchObject({ score: 1, pass: true });
  });

  it('passes an ordered expectation in order', () => {
    const e = expectOf({ tools: ['what_if', 'search_methodology'], order: 'ordered' });
    expect(scoreTrajectory(e, outcomeOf(answerOf('x')))?.pass).toBe(true);
  });

  it('fails an ordered expectation out of order', () => {
    const e = expectOf({ tools: ['search_methodology', 'what_if'], order: 'ordered' });
    const s = scoreTrajectory(e, outcomeOf(answerOf('x')));
    expect(s).toMatchObject({ pass: false, score: 0.5 });
    expect(s?.details[0]).toContain('expected a call to what_if (in order)');
  });

  it('fails when the wrong tool was called', () => {
    const e = expectOf({ tools: ['what_if'] });
    const s = scoreTrajectory(e, outcomeOf(answerOf('x', [OPT_CALL])));
    expect(s).toMatchObject({ pass: false, score: 0 });
  });

  it('fails an unexpected extra call when extras are forbidden, scoring it down', () => {
    const e = expectOf({ tools: ['what_if'], extra_tools: 'forbid' });
    const s = scoreTrajectory(e, outcomeOf(answerOf('x', [MOVE_CALL, SEARCH_CALL, OPT_CALL])));
    expect(s?.pass).toBe(false);
    expect(s?.score).toBeCloseTo(1 / 3);
    expect(s?.details).toEqual([
      'unexpected call to search_methodology',
      'unexpected call to optimize_budget',
    ]);
  });

  it('fails a forbidden tool even when extras are allowed', () => {
    const e = expectOf({ tools: ['what_if'], forbid_tools: ['optimize_budget'] });
    expect(scoreTrajectory(e, outcomeOf(answerOf('x', [MOVE_CALL, OPT_CALL])))?.pass).toBe(false);
  });

  it('passes a clarifying turn without tool calls and fails one with calls', () => {
    const e = expectOf({ clarify: true });
    expect(scoreTrajectory(e, outcomeOf(answerOf('From which channel?', [])))?.pass).toBe(true);
    expect(scoreTrajectory(e, outcomeOf(answerOf('x')))?.pass).toBe(false);
  });

  it('fails when there is no answer at all', () => {
    expect(scoreTrajectory(expectOf({ tools: ['what_if'] }), outcomeOf(undefined))?.pass).toBe(
      false,
    );
    expect(scoreTrajectory(expectOf({ refuse: true }), outcomeOf(undefined))?.pass).toBe(false);
  });

  it('does not score a turn without tool expectations', () => {
    expect(scoreTrajectory(expectOf({}), outcomeOf(answerOf('x')))).toBeUndefined();
  });
});
