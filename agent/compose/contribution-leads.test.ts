import { describe, expect, it } from 'vitest';
import type { ContributionsResult } from '../../tools';
import type { AnswerLead } from '../planner/planner-types';
import { DEMO_CTX, demoContributions, toolCall, ungroundedIn } from '../testing/demo-results';
import { composeAnswer } from './compose-answer';

/** The offline answer to `question` from one get_contributions result, and its unsupported figures. */
function answer(
  question: string,
  result: ContributionsResult,
  lead?: AnswerLead,
  args: Record<string, unknown> = {},
) {
  const calls = [toolCall('get_contributions', { sortBy: result.sortBy, ...args }, result)];
  const draft = composeAnswer({
    calls,
    modelText: '',
    hosted: false,
    notices: [],
    ctx: { ...DEMO_CTX, ...(lead ? { lead } : {}) },
  });
  return {
    text: draft.text,
    first: draft.text.split('\n')[0],
    bad: ungroundedIn(draft, calls, question),
  };
}

describe('answers that lead with what was asked, not the top of the ranking', () => {
  it('names the worst channel by ROI for "which channel performs worst?", with the measure', () => {
    const { first, bad } = answer(
      'Which channel performs worst?',
      demoContributions('roi'),
      'worst',
    );
    expect(first).toBe(
      'Display performs worst over 2022-01-03 to 2024-12-23, measured by ROI (revenue per dollar of spend): 1.51 (80% range 0.08 to 3.48), against 3.26 for Search, the best. It also contributed the least: $3.54M (1.8% of revenue).',
    );
    expect(bad).toEqual([]);
  });

  it('names the channel that made the least when the ranking is by contribution', () => {
    const { first, bad } = answer(
      'Which channel brings in the least revenue?',
      demoContributions('contribution'),
      'worst',
    );
    expect(first).toMatch(
      /^Display drove the least revenue over .*, measured by contribution: \$3\.54M, 1\.8% of the total, against \$23M for TV\.$/,
    );
    expect(bad).toEqual([]);
  });

  it('leads "overall ROI of our marketing" with the blended ROI the tool computed', () => {
    const { first, bad } = answer(
      "What's the overall ROI of our marketing?",
      demoContributions('roi'),
      'blended',
    );
    expect(first).toBe(
      'Paid media returned 2.53 in revenue per dollar over 2022-01-03 to 2024-12-23 (blended ROI): $55.5M of revenue from $22M of spend. By channel it ranges from 1.51 (Display) to 3.26 (Search).',
    );
    expect(bad).toEqual([]);
  });

  it("leads a media share question with the media total and its share, not TV's", () => {
    const { first, bad } = answer(
      'What share of revenue comes from media?',
      demoContributions('share'),
      'media',
    );
    expect(first).toBe(
      'Paid media drove $55.5M of revenue over 2022-01-03 to 2024-12-23, 27.9% of the total $199M; the baseline (everything but paid media) made $143M (72.1%). TV contributed the most: $23M.',
    );
    expect(bad).toEqual([]);
  });

  it('gives the media total its interval when the tool has one', () => {
    const result = demoContributions('share');
    result.total.mediaInterval = [
      { level: 0.8, low: 47_600_000, high: 64_000_000 },
      { level: 0.95, low: 43_400_000, high: 70_800_000 },
    ];
    const { first, bad } = answer('What share of revenue comes from media?', result, 'media');
    expect(first).toMatch(
      /^Paid media drove \$55\.5M \(80% interval \$47\.6M to \$64M\) of revenue over /,
    );
    expect(bad).toEqual([]);
  });

  it('gives the average per week for a per-week question', () => {
    const { text, first, bad } = answer(
      'How much revenue per week does search bring in?',
      demoContributions('contribution', ['search_spend']),
      'per_period',
    );
    expect(first).toBe(
      'Search brings in about $81.7k of revenue per week on average over 2022-01-03 to 2024-12-23 (156 weeks), on $25.1k of spend per week (ROI 3.26); $12.7M in total.',
    );
    expect(text).not.toContain('Baseline');
    expect(bad).toEqual([]);
  });

  it('answers whether to cut a channel with its ROI and what a cut gives up at the margin', () => {
    const { text, first, bad } = answer(
      'Should we cut radio?',
      demoContributions('roi', ['radio_spend']),
      'keep_or_cut',
    );
    expect(first).toBe(
      'Radio returned 2.46 in revenue per dollar on average over 2022-01-03 to 2024-12-23 (80% range 0.06 to 6.28): $4.56M of revenue on $1.85M of spend. At the recent spend rate (the last 13 weeks) its next dollar returns 1.09 (80% range 0 to 2.4). A small cut would save a dollar and lose about $1.09 of revenue for each dollar saved. Whether that pays depends on your profit margin: the last dollar pays for itself only when the profit on its $1.09 of revenue covers it. The range reaches below $1, so the data cannot rule out that it no longer pays back even in revenue.',
    );
    expect(text).toContain('"what if we cut Radio by half?"');
    expect(bad).toEqual([]);
  });

  it('answers whether to shift money between two channels from their next-dollar returns', () => {
    const { text, first, bad } = answer(
      'Should we shift money from display to search?',
      demoContributions('mroi', ['display_spend', 'search_spend']),
      'shift',
      { channels: ['display_spend', 'search_spend'] },
    );
    expect(first).toBe(
      'At the margin, yes: at the recent spend rate (the last 13 weeks), the next dollar returns 1.87 in Search against 1.09 in Display, so a modest move from Display to Search should bring in more revenue than it gives up (the gap narrows as Search saturates).',
    );
    expect(text).toContain('Average ROI over 2022-01-03 to 2024-12-23: Display 1.51, Search 3.26.');
    expect(bad).toEqual([]);
  });

  it('says when the two next-dollar ranges overlap too much to settle a shift', () => {
    const { first, bad } = answer(
      'Should we shift money from social to search?',
      demoContributions('mroi', ['social_spend', 'search_spend']),
      'shift',
      { channels: ['social_spend', 'search_spend'] },
    );
    expect(first).toBe(
      "At the margin, yes: at the recent spend rate (the last 13 weeks), the next dollar returns 1.87 in Search against 1.52 in Social, so a modest move from Social to Search should bring in more revenue than it gives up (the gap narrows as Search saturates). Each side's 80% range holds the other's value, though, so the data do not settle it: size the move as a what-if for its range before moving much.",
    );
    expect(bad).toEqual([]);
  });

  it('says when a shift would lose at the margin', () => {
    const { first, bad } = answer(
      'Should we move money from TV to radio?',
      demoContributions('mroi', ['tv_spend', 'radio_spend']),
      'shift',
      { channels: ['tv_spend', 'radio_spend'] },
    );
    expect(first).toMatch(
      /^At the margin, no: .* 1\.09 in Radio against 2\.96 in TV, so moving money from TV to Radio would lose revenue\.$/,
    );
    expect(bad).toEqual([]);
  });
});

describe('rankings say their measure', () => {
  it('says a best-performer ranking is by contribution and names the ROI leader', () => {
    const { first, bad } = answer(
      'Which channel is our best performer?',
      demoContributions('contribution'),
    );
    expect(first).toBe(
      'TV drove the most revenue over 2022-01-03 to 2024-12-23, measured by contribution: $23M, 11.6% of the total; 80% range $21M to $25.1M. By ROI instead, Search leads: 3.26 in revenue per dollar, against 2.5 for TV.',
    );
    expect(bad).toEqual([]);
  });

  it('reads marginal ROI at the recent spend rate, not over the period', () => {
    const { text, first, bad } = answer(
      'Which channel has the highest marginal ROI?',
      demoContributions('mroi'),
    );
    expect(first).toBe(
      'TV has the best return on the next dollar at the recent spend rate (the last 13 weeks): 2.96 in revenue per dollar (80% range 2.5 to 3.34). Search is next at 1.87.',
    );
    expect(text).toContain(
      '- Next-dollar ROI is read at the recent spend rate (the last 13 weeks), not over 2022-01-03 to 2024-12-23; the other figures are over 2022-01-03 to 2024-12-23.',
    );
    expect(bad).toEqual([]);
  });
});
