import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset, PlannerIntent } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * The ninth table's misreads that showed a wrong number or ran the wrong tool, kept by name: the
 * reference plan is 100k a week in all (1.3M over the default 13-week quarter), so "5k less a
 * week on display" is 65k less over the quarter.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const last = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => last(...q).tool_calls?.[0];
const intent = (...q: string[]) => last(...q).additional_kwargs.intent as PlannerIntent;

describe('offline planner: numbers the ninth table read wrong', () => {
  it('reads a rate with a word of change between amount and period, and a margin said before its word', () => {
    expect(call('What if we spent 5k less a week on display?')?.args).toEqual({
      changes: [{ type: 'add', channel: 'display_spend', amount: -65_000 }],
    });
    expect(
      call('Assume a 25% margin and a budget 10% lower than today. Best mix for profit?')?.args,
    ).toMatchObject({ objective: 'max_profit', margin: 0.25, budgetChangePct: -10 });
  });

  it('keeps a channel said to stay flat out of the changes, and names each channel once', () => {
    expect(call('Test plan v2: TV -20%, TikTok +50%, display flat. Revenue impact?')?.args).toEqual(
      {
        changes: [
          { type: 'scale', channel: 'tv_spend', percent: -20 },
          { type: 'scale', channel: 'tiktok_spend', percent: 50 },
        ],
      },
    );
    expect(
      call('Rerun the optimisation with TV and radio frozen - the broadcast deals are signed')
        ?.args,
    ).toMatchObject({
      constraints: { locked: ['tv_spend', 'radio_spend'] },
    });
    expect(
      call('Only reshuffle within paid social (Facebook vs TikTok), everything else stays put')
        ?.args,
    ).toMatchObject({ channels: ['facebook_spend', 'tiktok_spend'] });
  });

  it('reads the correction after an ellipsis, a start date that is not a horizon, and a switch-off said as "pulled to zero"', () => {
    expect(
      call("If we trimmed PPC by 10%... sorry, I meant 15% - what's the revenue impact?")?.args,
    ).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: -15 }],
    });
    expect(
      call("If we pulled radio to zero from next week, what's the hit to revenue?")?.args,
    ).toEqual({
      changes: [{ type: 'set', channel: 'radio_spend', amount: 0 }],
    });
  });

  it('reads an uplift of the whole budget as a change of the total, and a lost share as a smaller budget', () => {
    expect(
      call(
        "Context: we're a €3bn retailer and Q4 is make-or-break, the board wants growth. What would a 15% uplift across the whole media budget buy us?",
      )?.args,
    ).toEqual({ changes: [{ type: 'total', percent: 15 }] });
    expect(
      call(
        "Heads up: we're losing 12.5% of the media budget from next quarter. What's the smartest way to spread what remains?",
      )?.args,
    ).toMatchObject({ budgetChangePct: -12.5 });
  });

  it('keeps a seed and half a point out of the lift-test result', () => {
    expect(
      call('Use seed 9 and calibrate to our search geo test: iROAS 3.1, SE 0.6')?.args,
    ).toMatchObject({
      seed: 9,
      liftTests: [{ channel: 'search_spend', roi: 3.1, sd: 0.6 }],
    });
    expect(
      call(
        'Search brand holdout came back with an incremental ROAS of two point one and a standard error of half a point. Fold that into the model please.',
      )?.args,
    ).toMatchObject({ liftTests: [{ roi: 2.1, sd: 0.5 }] });
  });

  it('reads a return said of each channel as the ROAS target, not a cap on their spend', () => {
    expect(
      call(
        "What's the biggest budget we can justify while the last dollar into each channel still returns at least 1.8x?",
      )?.args,
    ).toEqual({ objective: 'target_roas', targetRoas: 1.8 });
  });
});

describe('offline planner: asking back instead of guessing', () => {
  it('asks what is wanted of a channel named in a sentence it cannot read, and reads the answer with it', () => {
    const asked = intent('We ran a geo test on TV last month - can you use it?');
    expect(asked.intent).toBe('clarify');
    expect(asked.question).toContain('TV');
    expect(asked.pending).toMatchObject({ missing: 'intent' });
    const answered = call(
      'We ran a geo test on TV last month - can you use it?',
      'its response curve',
    );
    expect(answered).toMatchObject({ name: 'get_response_curve', args: { channel: 'tv_spend' } });
  });

  it('still reads a bare channel name as a request for its figures', () => {
    expect(call('tiktok numbers please')).toMatchObject({
      name: 'get_contributions',
      args: { channels: ['tiktok_spend'] },
    });
  });

  it('asks for a budget the user refers to but does not give, then uses the amount', () => {
    expect(intent('Optimise the Q3 budget using the new number finance gave us').intent).toBe(
      'clarify',
    );
    expect(
      call('Optimise the Q3 budget using the new number finance gave us', '1.6m')?.args,
    ).toMatchObject({
      budget: 1_600_000,
    });
  });

  it('declines to act on the ad accounts or to write copy, but simulates the same change when asked', () => {
    expect(intent('Pause all our Meta campaigns for tonight please').intent).toBe('out_of_scope');
    expect(intent('Give me 10 taglines for our summer TV ad').intent).toBe('out_of_scope');
    expect(call('what if we paused all our Meta campaigns?')?.args).toEqual({
      changes: [{ type: 'set', channel: 'facebook_spend', amount: 0 }],
    });
    // An amount makes it a scenario to simulate, even said as an instruction.
    expect(call('raise TV spend by 10% across all campaigns')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tv_spend', percent: 10 }],
    });
  });
});

describe('offline planner: two requests in one message', () => {
  it('answers the first and keeps the second to say it is still to ask', () => {
    const said = intent(
      'Two quick ones for my board memo: what does tripling Facebook do to sales, and after that could you show me which channels drove the most revenue last year?',
    );
    expect(said.calls[0]).toMatchObject({
      name: 'what_if',
      args: { changes: [{ type: 'scale', channel: 'facebook_spend', percent: 200 }] },
    });
    expect(said.later).toBe('could you show me which channels drove the most revenue last year?');
  });

  it('leaves a single request with "then" in it whole', () => {
    const said = intent('cut TV by 10% and then move the savings to search');
    expect(said.later).toBeUndefined();
  });
});
