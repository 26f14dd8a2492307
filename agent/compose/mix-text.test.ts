import { describe, expect, it } from 'vitest';
import { DEMO_CTX, demoContributions, toolCall, ungroundedIn } from '../testing/demo-results';
import { composeAnswer } from './compose-answer';

/** The demo's whole-window spend: TV 9,202,310 of 21,974,450 across the five channels. */
const TOTAL_SPEND = 9202310 + 4669970 + 3908020 + 2343280 + 1850870;

function answer(
  question: string,
  result = { ...demoContributions('spend'), focus: 'mix' as const },
) {
  const calls = [toolCall('get_contributions', { focus: 'mix', sortBy: 'spend' }, result)];
  const draft = composeAnswer({ calls, modelText: '', hosted: false, notices: [], ctx: DEMO_CTX });
  return { draft, calls, question };
}

describe("the answer to 'what's the current mix?'", () => {
  it('leads with the split of spend, largest first, each part computed from the spend', () => {
    const { draft, calls, question } = answer("what's the current mix?");
    const tv = (100 * 9202310) / TOTAL_SPEND; // 41.9%
    const radio = (100 * 1850870) / TOTAL_SPEND; // 8.4%
    expect(draft.text.split('\n')[0]).toBe(
      `Over 2022-01-03 to 2024-12-23 paid media spent $22M, $141k a week: TV ${tv.toFixed(1)}%, Social 21.3%, Search 17.8%, Display 10.7%, Radio ${radio.toFixed(1)}%.`,
    );
    expect(ungroundedIn(draft, calls, question)).toEqual([]);
  });

  it("sets each channel's part of spend against its part of what media drove", () => {
    const { draft } = answer("what's the current mix?");
    // Media drove 55.5M: Search 12.7M is 23.0% of it on 17.8% of spend; Display 6.4% on 10.7%.
    expect(draft.text).toContain(
      '- Search: $3.91M (17.8% of spend, $25.1k a week), 23.0% of what media drove; ROI 3.26, next-dollar ROI 1.87',
    );
    expect(draft.text).toContain(
      "- Search drove a bigger part of media's revenue than its part of the budget; Display a smaller one.",
    );
  });

  it('says where the next dollar would do more when marginal returns differ, and when they do not', () => {
    const { draft } = answer('is the current mix any good?');
    expect(draft.text).toContain(
      '2.96 on TV (80% range 2.5 to 3.34) against 1.09 on Radio (80% range 0 to 2.4), so moving money from Radio toward TV would likely raise revenue',
    );
    // Ranges that each hold the other's value: the data do not say a move would pay.
    const close = demoContributions('spend');
    const wider: Record<string, [number, number]> = { tv_spend: [1, 3.4], radio_spend: [0, 3] };
    close.channels = close.channels.map((c) => {
      const w = wider[c.name];
      return w
        ? { ...c, interval: { ...c.interval, mroi: [{ level: 0.8, low: w[0], high: w[1] }] } }
        : c;
    });
    const tied = answer('is the current mix any good?', { ...close, focus: 'mix' });
    expect(tied.draft.text).toContain(
      "differ in the estimates, 2.96 on TV (80% range 1 to 3.4) against 1.09 on Radio (80% range 0 to 3), but each range holds the other's value, so the data do not say that moving money between them would pay.",
    );
    const even = demoContributions('spend');
    even.channels = even.channels.map((c) => ({ ...c, mroi: 1.5 + c.spend / 1e8 }));
    const flat = answer('is the current mix any good?', { ...even, focus: 'mix' });
    expect(flat.draft.text).toContain('are close across channels');
    expect(flat.draft.text).toContain('the split is near the best one for this budget');
  });

  it('charts share of spend beside share of media effect', () => {
    const { draft } = answer("what's the current mix?");
    const chart = draft.parts.find((p) => p.type === 'chart');
    expect(chart).toMatchObject({ kind: 'contributions' });
    expect(chart && 'series' in chart ? chart.series.map((s) => s.name) : []).toEqual([
      'Share of spend',
      'Share of media effect',
    ]);
  });
});
