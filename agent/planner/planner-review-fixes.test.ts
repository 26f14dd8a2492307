import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset, PlannerIntent } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse, TEST_DATASET } from './testing/run-case';

/** Misreads a black-box review of the product found, kept by name. */
const planner = new OfflinePlanner({ dataset: TEST_DATASET });
const last = (...q: string[]) => converse(planner, q).last;
const call = (...q: string[]) => last(...q).tool_calls?.[0];
const intent = (...q: string[]) => last(...q).additional_kwargs.intent as PlannerIntent;

describe('offline planner: what the product review found', () => {
  it('runs two moves said in one message, each with its own amount', () => {
    expect(
      call('What if we move $100k from display to search and 10% of radio to TikTok?')?.args,
    ).toEqual({
      changes: [
        { type: 'move', from: 'display_spend', to: 'search_spend', amount: 100_000 },
        { type: 'move', from: 'radio_spend', to: 'tiktok_spend', percent: 10 },
      ],
    });
    // One range is still one clause.
    expect(call('Optimise, with TV between 100k and 200k')?.args).toMatchObject({
      constraints: { min: { tv_spend: 100_000 }, max: { tv_spend: 200_000 } },
    });
  });

  it('switches all media off for "cut all marketing" (no amount: all of it)', () => {
    expect(call('What would happen if we cut all marketing?')?.args).toEqual({
      changes: [{ type: 'total', percent: -100 }],
    });
    expect(call('What if we cut all marketing by 10%?')?.args).toEqual({
      changes: [{ type: 'total', percent: -10 }],
    });
  });

  it('reads "all spend" as the total', () => {
    expect(call('What if we cut all spend by 10%?')?.args).toEqual({
      changes: [{ type: 'total', percent: -10 }],
    });
  });

  it('asks back a move of more than all of a channel, then runs the answer', () => {
    expect(intent('move 150% of tv to search')).toMatchObject({ intent: 'clarify' });
    expect(call('move 150% of tv to search', 'all of it')?.args).toEqual({
      changes: [{ type: 'move', from: 'tv_spend', to: 'search_spend', percent: 100 }],
    });
  });

  it('asks back a negative budget instead of splitting its size, keeping the channels', () => {
    expect(intent('split -$1M across tv and search')).toMatchObject({ intent: 'clarify' });
    expect(call('split -$1M across tv and search', '2m')?.args).toMatchObject({
      budget: 2_000_000,
      channels: ['tv_spend', 'search_spend'],
    });
  });

  it('answers how long a channel keeps working from the methodology (carryover)', () => {
    expect(intent('How long does TV keep working after we stop?').intent).toBe('methodology');
  });

  it('switches all media off, answers a past counterfactual from contributions, reads the playbook', () => {
    expect(call('what would happen if we stopped all advertising?')?.args).toEqual({
      changes: [{ type: 'total', percent: -100 }],
    });
    expect(
      call('If we had spent nothing on media last year, what would sales have been?'),
    ).toMatchObject({ name: 'get_contributions', args: { period: 'last year' } });
    expect(intent('What does our playbook say?').intent).toBe('methodology');
    expect(call('what does our playbook say about TV?')?.name).toBe('search_methodology');
  });
});

describe('offline planner: what the numbers review found', () => {
  const withHistory = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
  const args = (q: string) => converse(withHistory, [q]).last.tool_calls?.[0];
  const every = (v: number) =>
    Object.fromEntries(TEST_DATASET.channels.map((c) => [c.name, v] as [string, number]));

  it('places an extra amount on top of today, not in a new split of the larger budget', () => {
    // 100k on 1.3M a quarter is +7.69%; every channel keeps at least today's spend.
    expect(args('We may get another $100k next quarter. Where should it go?')?.args).toMatchObject({
      budgetChangePct: 7.6923,
      constraints: { minMultiple: every(1) },
    });
    // A split of a bigger budget is still a new split.
    expect(
      args('With $100k more next quarter, what is the best split?')?.args.constraints,
    ).toBeUndefined();
  });

  it('takes a cut asked "where from" out of channels without raising any', () => {
    expect(args('Finance wants 130k back. Where should it come from?')?.args).toMatchObject({
      budgetChangePct: -10,
      constraints: { maxMultiple: every(1) },
    });
  });

  it('answers a budget of zero with what switching media off does, not a split of today', () => {
    expect(args('How would you split a budget of $0?')).toMatchObject({
      name: 'what_if',
      args: { changes: [{ type: 'total', percent: -100 }] },
    });
  });
});

describe('offline planner: carryover of a named channel', () => {
  it("reads the channel's fitted carryover instead of only the methodology text", () => {
    for (const q of [
      "What's the carryover of TV?",
      'How long does TikTok keep working after we stop spending?',
      'half-life of the radio adstock?',
    ]) {
      const m = last(q);
      expect(m.tool_calls?.[0]?.name).toBe('get_response_curve');
      expect((m.additional_kwargs.intent as PlannerIntent).lead).toBe('carryover');
    }
    expect(call('What is adstock?')?.name).toBe('search_methodology');
  });
});

describe('offline planner: broadcast is TV and radio', () => {
  it('passes "broadcast" on as the group, which the tools resolve to TV and radio', () => {
    expect(call('What if we cut broadcast by 20%?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'broadcast', percent: -20 }],
    });
  });

  it('names TV and radio once when the message names the group and both of them', () => {
    for (const q of [
      'What happens if we switch off our broadcast channels (TV and radio)?',
      'what if we stop broadcast - tv and radio - entirely',
    ]) {
      expect(call(q)?.args).toEqual({
        changes: [
          { type: 'set', channel: 'tv_spend', amount: 0 },
          { type: 'set', channel: 'radio_spend', amount: 0 },
        ],
      });
    }
  });
});
