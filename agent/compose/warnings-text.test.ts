import { describe, expect, it } from 'vitest';
import { DEMO_CTX, toolCall, ungroundedIn } from '../testing/demo-results';
import { composeAnswer } from './compose-answer';

const above = (channel: string, plan: string, most: string) =>
  `${channel}: the plan spends ${plan} a week, above the most seen in the data (${most}); the model extrapolates there, so treat this part with caution or cap it (maxMultiple).`;

const spend = (tv: number, social: number, search: number, display: number, radio: number) => ({
  tv_spend: tv,
  social_spend: social,
  search_spend: search,
  display_spend: display,
  radio_spend: radio,
});

function draftOf(name: string, args: Record<string, unknown>, result: unknown, question: string) {
  const calls = [toolCall(name, args, result)];
  const draft = composeAnswer({ calls, modelText: '', hosted: false, notices: [], ctx: DEMO_CTX });
  return { text: draft.text, bad: ungroundedIn(draft, calls, question) };
}

describe("the tools' extrapolation warnings in plan answers", () => {
  it('condenses five warnings of a $100M split into one caution naming the channels', () => {
    const { text, bad } = draftOf(
      'optimize_budget',
      { budget: 100_000_000, horizon: 13 },
      {
        objective: 'max_kpi',
        budget: 100_000_000,
        horizon: { periods: 13, unit: 'weeks' },
        current: { spend: spend(450_000, 356_000, 354_000, 262_000, 200_000), kpi: 15_900_000 },
        optimal: {
          spend: spend(70_680_000, 5_560_000, 13_930_000, 4_510_000, 5_330_000),
          kpi: 32_200_000,
        },
        delta: { kpi: 16_300_000, kpiPct: 1.03 },
        marginalRoi: spend(0.01, 0.01, 0.01, 0.01, 0.01),
        binding: ['total budget: $100M allocated in full'],
        explanation: [],
        warnings: [
          above('tv_spend', '$5.44M', '$295,584'),
          above('social_spend', '$427,360', '$78,800'),
          above('search_spend', '$1.07M', '$79,358'),
          above('display_spend', '$346,788', '$35,104'),
          above('radio_spend', '$409,735', '$28,721'),
        ],
      },
      'How should we split $100M across all channels next quarter?',
    );
    expect(text).toContain(
      '- Caution: the plan spends more a week on TV, Social, Search, Display and Radio than the data ever saw; the model extrapolates there, so treat those parts with caution or cap them.',
    );
    expect(text.match(/Caution/g)).toHaveLength(1);
    expect(bad).toEqual([]);
  });

  it("gives one what-if warning with the tool's figures", () => {
    const { text, bad } = draftOf(
      'what_if',
      { changes: [{ type: 'scale', channel: 'tv_spend', percent: 900 }] },
      {
        horizon: { periods: 13, unit: 'weeks' },
        reference: { spend: { tv_spend: 450_000 }, kpi: 15_900_000 },
        scenario: { spend: { tv_spend: 4_500_000 }, kpi: 21_000_000 },
        delta: { kpi: 5_100_000, kpiPct: 0.32, spend: 4_050_000 },
        assumptions: [],
        warnings: [above('tv_spend', '$346,154', '$295,584')],
      },
      'What if we raise TV tenfold?',
    );
    expect(text).toContain(
      '- Caution: the plan spends $346,154 a week on TV, above the most seen in the data ($295,584); the model extrapolates there, so treat that part with caution.',
    );
    expect(bad).toEqual([]);
  });

  it("reads a bursty channel's busiest period, with its figures", () => {
    const { text, bad } = draftOf(
      'what_if',
      { changes: [{ type: 'scale', channel: 'tv_spend', percent: 200 }] },
      {
        horizon: { periods: 13, unit: 'weeks' },
        reference: { spend: { tv_spend: 450_000 }, kpi: 15_900_000 },
        scenario: { spend: { tv_spend: 1_350_000 }, kpi: 17_000_000 },
        delta: { kpi: 1_100_000, kpiPct: 0.07, spend: 900_000 },
        assumptions: [],
        warnings: [
          "tv_spend: the plan's busiest week spends $342,804, above the most seen in the data ($295,584); the model extrapolates there, so treat this part with caution or cap it (maxMultiple).",
        ],
      },
      'What if we triple TV?',
    );
    expect(text).toContain(
      '- Caution: the plan spends $342,804 in its busiest week on TV, above the most seen in the data ($295,584); the model extrapolates there, so treat that part with caution.',
    );
    expect(bad).toEqual([]);
  });
});
