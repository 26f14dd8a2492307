import { describe, expect, it } from 'vitest';
import type { ToolCallRecord } from '../agent-types';
import { DEMO_CTX, ungroundedIn } from '../testing/demo-results';
import { composeAnswer } from './compose-answer';

function failed(name: string, args: Record<string, unknown>, message: string): ToolCallRecord {
  return { id: 'c1', name, args, result: null, error: { code: 'unprocessable', message } };
}

describe("a tool's error in the answer", () => {
  it('passes the error through with its figures, without the argument path, and says what to ask', () => {
    const question = 'What if we move $500k from TV to search?';
    const calls = [
      failed(
        'what_if',
        { changes: [{ type: 'move', from: 'tv_spend', to: 'search_spend', amount: 500_000 }] },
        'changes[0].amount: cannot move $500,000 out of tv_spend: it only has $449,975 over the horizon (more than 100%)',
      ),
    ];
    const draft = composeAnswer({
      calls,
      modelText: '',
      hosted: false,
      notices: [],
      ctx: DEMO_CTX,
    });
    expect(draft.text).toBe(
      'I couldn\'t do that: cannot move $500,000 out of TV: it only has $449,975 over the horizon (more than 100%). Ask for at most that amount, or for a share of it instead, e.g. "what if we move half of TV to Search?".',
    );
    expect(ungroundedIn(draft, calls, question)).toEqual([]);
  });

  it("names the model's channels when the tool did not know the one asked for", () => {
    const calls = [failed('get_response_curve', { channel: 'tv' }, 'no response model for tv')];
    const draft = composeAnswer({
      calls,
      modelText: '',
      hosted: false,
      notices: [],
      ctx: DEMO_CTX,
    });
    expect(draft.text).toBe(
      "I couldn't do that: no response model for tv. The model's channels are TV, Social, Search, Display, Radio.",
    );
  });
});
