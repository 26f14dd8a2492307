import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * What the blind sixteenth table read wrong (what-ifs, today's mix, the baseline, methodology,
 * scope), in phrasings of their own: six channels, 100k a week (1.3m a quarter).
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const last = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => last(...q).tool_calls?.[0];
const intent = (...q: string[]) =>
  (last(...q).additional_kwargs.intent as { intent: string }).intent;

describe('offline planner: what the sixteenth table read wrong', () => {
  it('reads money handed back pro rata as a smaller total budget, and a budget said as a level', () => {
    expect(
      call('the CFO needs 65k back, taken proportionally from every channel - impact?')?.args,
    ).toEqual({ changes: [{ type: 'total', percent: -5 }] });
    expect(
      call('what would we get if we spent 1.56m next quarter instead of the usual?')?.args,
    ).toMatchObject({ changes: [{ type: 'total', percent: 20 }] });
  });

  it('lays every channel out evenly when the message says all of them', () => {
    expect(call('what if all our media ran always-on instead of in flights?')?.args).toEqual({
      changes: [],
      flighting: {
        tv_spend: 'even',
        search_spend: 'even',
        facebook_spend: 'even',
        tiktok_spend: 'even',
        display_spend: 'even',
        radio_spend: 'even',
      },
    });
  });

  it('reads "a full year of" and "26w" as the horizon', () => {
    expect(call('show me a whole quarter of radio at double')?.args).toMatchObject({ horizon: 13 });
    expect(call('whatif: display -20%, horizon 26w')?.args).toMatchObject({ horizon: 26 });
  });

  it("shows today's mix for a split asked across channels, in Slack shorthand, or against results", () => {
    for (const q of [
      'what is our current split across channels?',
      'hows the budget split rn',
      'is our budget split aligned with where sales come from?',
    ])
      expect(call(q)?.args, q).toMatchObject({ focus: 'mix' });
  });

  it('reads what moves sales outside media as the baseline', () => {
    for (const q of [
      'did the discount help sales or was it just seasonal?',
      'stripping out media, are underlying sales growing?',
    ])
      expect(call(q)?.args, q).toMatchObject({ focus: 'baseline' });
  });

  it("answers what the model's functions are as methodology, and whether a channel did anything", () => {
    expect(intent('which saturation function does the model use?')).toBe('methodology');
    expect(call('does display even work??')).toMatchObject({
      name: 'get_contributions',
      args: { channels: ['display_spend'] },
    });
  });

  it('reads "and the quarter before?" after a period as the one before it', () => {
    expect(call('what drove sales last quarter?', 'and the quarter before?')?.args).toMatchObject({
      period: 'quarter before last',
    });
    expect(call('contributions for q1 2025', 'what about the quarter prior?')?.args).toMatchObject({
      period: 'q4 2024',
    });
    expect(call('roi by channel in 2024', 'and the year before?')?.args).toMatchObject({
      period: '2023',
    });
  });

  it('declines booking media with the agency, and asks back a reference with nothing before it', () => {
    expect(intent('could you book the summer radio campaign through the agency for us?')).toBe(
      'out_of_scope',
    );
    expect(intent('how about that one?')).toBe('clarify');
    // After a turn, "the other one" still points at it.
    expect(intent('how is TV doing?', 'and the other one?')).not.toBe('out_of_scope');
  });
});

describe('offline planner: what a product review found', () => {
  it('reads "what if X can\'t go above N" after a split as a bound on that split', () => {
    expect(
      call(
        'how should we split 900k across tv, search and radio?',
        "what if radio can't go above 100k?",
      )?.args,
    ).toMatchObject({ budget: 900000, constraints: { max: { radio_spend: 100000 } } });
    expect(call('optimise 1.3m', 'and display must not fall below 60k')?.args).toMatchObject({
      constraints: { min: { display_spend: 60000 } },
    });
  });

  it('plans "which channel should we cut first to save N" as a smaller budget where none rises', () => {
    const args = call('which channels would you cut first if we had to save $130k?')?.args;
    expect(args).toMatchObject({ budgetChangePct: -10 });
    expect(args?.constraints).toMatchObject({ maxMultiple: { tv_spend: 1, radio_spend: 1 } });
  });
});

describe('offline planner: a what-if priced in profit', () => {
  it('prices the previous what-if at the margin said, rather than planning the most profit', () => {
    expect(
      call('what if we pause tiktok?', 'what does that do to profit at a 35% margin?'),
    ).toMatchObject({
      name: 'what_if',
      args: { changes: [{ type: 'set', channel: 'tiktok_spend', amount: 0 }], margin: 0.35 },
    });
    expect(
      call('cut display by half - what happens to profit at a 25% margin?')?.args,
    ).toMatchObject({
      changes: [{ type: 'scale', channel: 'display_spend', percent: -50 }],
      margin: 0.25,
    });
    // A plan for the most profit is still a plan.
    expect(
      call('what if we pause tiktok?', 'ok, what is the most profitable split at a 35% margin?')
        ?.name,
    ).toBe('optimize_budget');
  });

  it('reads "switching it off" after a cut as the same channel off', () => {
    expect(call('what if we trim search by 20%?', 'and switching it off?')?.args).toEqual({
      changes: [{ type: 'set', channel: 'search_spend', amount: 0 }],
    });
  });
});

describe('offline planner: an always-on layout added to the previous answer', () => {
  it('re-runs a split with the channel laid out, and lays a what-if out under its change', () => {
    expect(
      call('split 1.2m across channels', 'same but with radio running non-stop'),
    ).toMatchObject({
      name: 'optimize_budget',
      args: { budget: 1200000, flighting: { radio_spend: 'even' } },
    });
    expect(call('what if we raise radio 15%?', 'and if it ran continuously?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'radio_spend', percent: 15 }],
      flighting: { radio_spend: 'even' },
    });
  });
});
