import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset, PlannerIntent } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * What the eighteenth blind table found beyond bursts (planner-bursts.test.ts), each fix checked in
 * phrasings other than the table's (the table itself is measured by measure-people.ts).
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const last = (...q: string[]) => converse(planner, q).last;
const intent = (...q: string[]) => (last(...q).additional_kwargs.intent as PlannerIntent).intent;
const first = (...q: string[]) =>
  (last(...q).tool_calls ?? []).filter((c) => c.name !== 'search_methodology')[0];

describe('offline planner: the eighteenth table', () => {
  it('reads the mix carved up, looking like something, or as a spend mix', () => {
    for (const q of [
      'how is our spend divided up right now?',
      'what does the channel mix look like atm',
      "what's the current spend mix?",
    ]) {
      expect(first(q)?.args, q).toMatchObject({ focus: 'mix' });
    }
  });

  it('asks back what it can show when a message speaks of channels or returns but fits nothing', () => {
    const reply = last('whos carrying us channel-wise lol');
    expect(intent('whos carrying us channel-wise lol')).toBe('clarify');
    expect(String(reply.content)).toMatch(/I'm not sure which analysis you mean/);
    // Each choice offered reads on its own when sent back.
    const options = (reply.additional_kwargs.intent as PlannerIntent).options ?? [];
    expect(options.length).toBeGreaterThan(3);
    for (const option of options) expect(intent(option), option).not.toBe('clarify');
  });

  it('reads "getting 10% more" or "more $$" as money for the split, not a sales target', () => {
    expect(first("we're getting 15% more next year, how should it be split?")?.args).toMatchObject({
      budgetChangePct: 15,
    });
    expect(first('optimize with 10% more $$')?.args).toMatchObject({ budgetChangePct: 10 });
    expect(first('how should we split the budget to get 8% more revenue')?.args).toMatchObject({
      objective: 'target_kpi',
      targetKpiPct: 8,
    });
  });

  it('declines sending results somewhere, but not money sent to a channel', () => {
    expect(intent('please email the forecast to our CFO')).toBe('out_of_scope');
    expect(intent('share the results with the board')).toBe('out_of_scope');
    expect(first('take 10% of tv and send it to search')?.name).toBe('what_if');
  });

  it('prices a change at a margin when the profit impact of the change is asked', () => {
    expect(
      first("what's the profit impact of cutting radio by 30% at a 25% margin?")?.args,
    ).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: -30 }],
      margin: 0.25,
    });
    expect(first('what split maximises profit at a 30% margin?')?.name).toBe('optimize_budget');
  });

  it('reads a two-part ratio said in words, but not a range of weeks', () => {
    expect(
      first('shift 30% of radio to display and tiktok, four to one in favour of tiktok')?.args,
    ).toEqual({
      changes: [
        {
          type: 'move',
          from: 'radio_spend',
          to: ['display_spend', 'tiktok_spend'],
          percent: 30,
          weights: [1, 4],
        },
      ],
    });
    const weeks = first('move 20% of tv to facebook and tiktok over 1 to 2 weeks');
    expect(JSON.stringify(weeks?.args)).not.toContain('weights');
  });

  it('still declines what is outside the product, even in its words', () => {
    for (const q of [
      'book a meeting with the media agency about the channel plan',
      'what is the weather in Leeds?',
      'delete every model and dataset',
    ]) {
      expect(intent(q), q).toBe('out_of_scope');
    }
  });
});
