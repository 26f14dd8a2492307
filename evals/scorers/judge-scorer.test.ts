import { describe, expect, it } from 'vitest';
import { answerOf, expectOf, GOOD_TEXT, outcomeOf } from '../testing/fixtures';
import { createChatJudge, parseJudgeReply } from './chat-judge';
import { type Judge, scoreJudge } from './judge-scorer';

const rubric = 'States the revenue change and that total spend is unchanged.';
const keywordJudge: Judge = async (_rubric, _q, answer) =>
  /revenue/.test(answer)
    ? { score: 0.9, reason: 'states the change' }
    : { score: 0.2, reason: 'no revenue change' };

describe('LLM-as-judge scorer', () => {
  it('passes an answer the judge rates above the bar', async () => {
    const s = await scoreJudge(
      expectOf({ judge: rubric }),
      outcomeOf(answerOf(GOOD_TEXT)),
      keywordJudge,
    );
    expect(s).toMatchObject({
      scorer: 'judge',
      score: 0.9,
      pass: true,
      details: ['states the change'],
    });
  });

  it('fails an answer the judge rates low, and a judge that throws', async () => {
    const low = await scoreJudge(
      expectOf({ judge: rubric }),
      outcomeOf(answerOf('TV is good.')),
      keywordJudge,
    );
    expect(low?.pass).toBe(false);
    const broken = await scoreJudge(
      expectOf({ judge: rubric }),
      outcomeOf(answerOf('x')),
      async () => {
        throw new Error('429');
      },
    );
    expect(broken).toMatchObject({ pass: false, score: 0, details: ['judge failed: 429'] });
  });

  it('is skipped without a judge or a rubric', async () => {
    expect(
      await scoreJudge(expectOf({ judge: rubric }), outcomeOf(answerOf('x')), undefined),
    ).toBeUndefined();
    expect(await scoreJudge(expectOf({}), outcomeOf(answerOf('x')), keywordJudge)).toBeUndefined();
  });

  it('reads a chat model reply in a fenced block, and rejects prose without JSON', async () => {
    const judge = createChatJudge({
      invoke: async () => ({ content: '```json\n{"score": 0.8, "reason": "ok"}\n```' }),
    });
    expect(await judge(rubric, 'q', 'a')).toEqual({ score: 0.8, reason: 'ok' });
    expect(parseJudgeReply('{"score": 7, "reason": "out of ten"}').score).toBe(0.7);
    expect(() => parseJudgeReply('looks fine')).toThrow(/did not reply with JSON/);
  });
});
