import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerIntent } from './planner-types';
import { converse, TEST_DATASET } from './testing/run-case';

/** Questions a black-box review of the answers found answered as a different question. */
const planner = new OfflinePlanner({ dataset: TEST_DATASET });
const intent = (...q: string[]) =>
  converse(planner, q).last.additional_kwargs.intent as PlannerIntent;
const main = (...q: string[]) => intent(...q).calls.filter((c) => c.name !== 'search_methodology');

describe('offline planner: what the answer leads with', () => {
  it('ranks "which channel performs worst?" by ROI and leads with the last', () => {
    expect(intent('Which channel performs worst?')).toMatchObject({
      intent: 'contributions',
      lead: 'worst',
      calls: [{ name: 'get_contributions', args: { sortBy: 'roi' } }, expect.anything()],
    });
    // Asked what the channels made, the worst is by contribution.
    expect(main('Which channel brings in the least revenue?')[0]?.args.sortBy).toBe('contribution');
    expect(intent('Which channel has the lowest marginal ROI?').lead).toBe('worst');
    expect(intent('Which channel is the weakest?')).toMatchObject({
      intent: 'contributions',
      lead: 'worst',
    });
  });

  it('leads the overall ROI with the blended figure and media questions with the media total', () => {
    expect(intent("What's the overall ROI of our marketing?")).toMatchObject({ lead: 'blended' });
    expect(intent('What share of revenue comes from media?')).toMatchObject({ lead: 'media' });
    expect(intent("What's our total media contribution over the last 12 weeks?")).toMatchObject({
      intent: 'drivers',
      lead: 'media',
      calls: [{ name: 'get_contributions', args: { period: 'last 12 weeks' } }, expect.anything()],
    });
    // Rankings and named channels keep their own lead.
    expect(intent('Which channel has the best overall ROI?').lead).toBeUndefined();
    expect(intent('What share of revenue comes from TV?').lead).toBeUndefined();
  });

  it('answers a per-week question with averages per period', () => {
    expect(intent('How much revenue per week does search bring in?')).toMatchObject({
      lead: 'per_period',
      calls: [
        { name: 'get_contributions', args: { channels: ['search_spend'] } },
        expect.anything(),
      ],
    });
    expect(intent('How much revenue did search bring in last week?').lead).toBeUndefined();
  });

  it("answers how sure a channel's figures are with its intervals and the fit", () => {
    for (const q of [
      "How sure are you about TV's ROI?",
      'How sure are you about the display numbers?',
      'Give me the ROI of every channel with confidence intervals',
    ]) {
      expect(intent(q)).toMatchObject({ intent: 'contributions', lead: 'intervals' });
      expect(main(q).map((c) => c.name)).toEqual(['get_contributions', 'get_model_diagnostics']);
    }
    expect(main("How sure are you about TV's ROI?")[0]?.args).toEqual({
      sortBy: 'roi',
      channels: ['tv_spend'],
    });
    // The model as a whole is still the diagnostics.
    for (const q of ['Can I trust this model?', 'how confident are you in these results']) {
      expect(intent(q).intent).toBe('diagnostics');
      expect(intent(q).lead).toBeUndefined();
    }
  });

  it('answers whether to shift money from the next-dollar returns when no amount is given', () => {
    expect(intent('Should we shift money from display to search?')).toMatchObject({
      lead: 'shift',
      calls: [
        {
          name: 'get_contributions',
          args: { channels: ['display_spend', 'search_spend'], sortBy: 'mroi' },
        },
        expect.anything(),
      ],
    });
    // A move with an amount is still simulated, and a bare order still asks how much.
    expect(main('Should we shift 20% from display to search?')[0]?.name).toBe('what_if');
    expect(intent('move money from display to search').intent).toBe('clarify');
  });

  it('answers whether to cut or keep a channel with its ROI and next-dollar ROI', () => {
    for (const [q, channel] of [
      ['Should we cut radio?', 'radio_spend'],
      ['Is display worth keeping?', 'display_spend'],
    ] as const) {
      expect(intent(q)).toMatchObject({
        intent: 'contributions',
        lead: 'keep_or_cut',
        calls: [
          { name: 'get_contributions', args: { channels: [channel], sortBy: 'roi' } },
          expect.anything(),
        ],
      });
    }
    expect(main('Should we cut radio by 20%?')[0]?.name).toBe('what_if');
  });

  it("reads a channel's ROI against its response curve, still as a why-question", () => {
    expect(intent("Why is TV's ROI 2.5 but only 1.53 on the response curve?")).toMatchObject({
      intent: 'methodology',
      lead: 'roi_vs_curve',
    });
    expect(main("Why is TV's ROI 2.5 but only 1.53 on the response curve?")).toEqual([
      { name: 'get_contributions', args: { channels: ['tv_spend'], sortBy: 'roi' } },
      { name: 'get_response_curve', args: { channel: 'tv_spend' } },
    ]);
    expect(main("why is TV's marginal ROI higher than its ROI?").map((c) => c.name)).toEqual([
      'get_contributions',
      'get_response_curve',
    ]);
    expect(main('Why is marginal ROAS lower than average ROAS for most channels?')).toEqual([]);
    expect(main("What's TV's marginal ROI?")).toEqual([
      { name: 'get_contributions', args: { sortBy: 'mroi', channels: ['tv_spend'] } },
    ]);
  });

  it('keeps the lead for a follow-up of the same question, unless it no longer fits', () => {
    expect(intent('Which channel performs worst?', 'and in 2023?')).toMatchObject({
      followUp: true,
      lead: 'worst',
    });
    expect(intent('Should we cut radio?', 'and display?').lead).toBe('keep_or_cut');
    expect(intent("What's the overall ROI of our marketing?", 'what about last year?').lead).toBe(
      'blended',
    );
    // One channel's ROI is not the blended ROI of all media.
    expect(intent("What's the overall ROI of our marketing?", 'and for TV?').lead).toBeUndefined();
  });
});
