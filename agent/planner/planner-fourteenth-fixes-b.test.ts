import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import type { PlannerDataset } from './planner-types';
import { PEOPLE_DATASET } from './testing/people-cases';
import { converse } from './testing/run-case';

/**
 * The fourteenth table's misreads (part B), in phrasings of their own: the reference plan is 1.3m
 * a quarter (100k a week), six channels.
 */
const planner = new OfflinePlanner({ dataset: PEOPLE_DATASET as PlannerDataset });
const call = (...q: string[]) => converse(planner, q).last.tool_calls?.[0];

describe('offline planner: what the fourteenth table read wrong (part B)', () => {
  it('reads "half its current spend" as a multiple of today, not a share of the budget', () => {
    expect(call('optimise with display at no less than half its current level')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { minMultiple: { display_spend: 0.5 } },
    });
    expect(call('optimise, but radio no more than 40% its current spend')?.args).toEqual({
      objective: 'max_kpi',
      constraints: { maxMultiple: { radio_spend: 0.4 } },
    });
  });

  it('reads a channel taken to a share of its current level as that level', () => {
    expect(call('what if search were brought to 70% of current?')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'search_spend', percent: -30 }],
    });
    expect(call("Model TikTok at 125% of today's spend")?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tiktok_spend', percent: 25 }],
    });
  });

  it('reads a channel named as the destination or the source of a move already asked', () => {
    expect(call('move 60k from display to search', 'make radio the recipient')?.args).toEqual({
      changes: [{ type: 'move', from: 'display_spend', to: 'radio_spend', amount: 60_000 }],
    });
    expect(call('move 60k from display to search', 'same but with TV as the source')?.args).toEqual(
      {
        changes: [{ type: 'move', from: 'tv_spend', to: 'search_spend', amount: 60_000 }],
      },
    );
  });

  it('reads a halved channel whose savings go elsewhere as half of it moved', () => {
    expect(call('what if we halve radio and send the savings to TikTok?')?.args).toEqual({
      changes: [{ type: 'move', from: 'radio_spend', to: 'tiktok_spend', percent: 50 }],
    });
    expect(call('halve display, put what it frees into search')?.args).toEqual({
      changes: [{ type: 'move', from: 'display_spend', to: 'search_spend', percent: 50 }],
    });
  });

  it('reads "15pct" as a percentage and "+40k on search" as more of it', () => {
    expect(call('what if we trim tiktok 15pct')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'tiktok_spend', percent: -15 }],
    });
    expect(call('hi! what would +40k on search do')?.args).toEqual({
      changes: [{ type: 'add', channel: 'search_spend', amount: 40_000 }],
    });
  });

  it('reads an answer to "what change?" with the question, past its question mark', () => {
    expect(call('What if we raised display?', '30%')?.args).toEqual({
      changes: [{ type: 'scale', channel: 'display_spend', percent: 30 }],
    });
    expect(call('what if we cut search?', 'by 10k a week')?.args).toEqual({
      changes: [{ type: 'add', channel: 'search_spend', amount: -130_000 }],
    });
  });

  it('asks which ROAS a plan for a target ROAS should keep, and plans with the answer', () => {
    const asked = converse(planner, ['Find the best split for a minimum ROAS']).last;
    expect(asked.tool_calls ?? []).toEqual([]);
    expect(call('Find the best split for a minimum ROAS', '2.2')?.args).toEqual({
      objective: 'target_roas',
      targetRoas: 2.2,
    });
  });

  it('reads what an outside driver does to sales, and a breakdown of the baseline, as the baseline', () => {
    expect(call('What impact do promotions have on revenue?')?.args).toMatchObject({
      focus: 'baseline',
    });
    expect(call('can you break down our baseline?')?.args).toMatchObject({ focus: 'baseline' });
  });

  it('reads where the model cannot estimate well, or how it does out of sample, as its diagnostics', () => {
    expect(call('Which channels does the model struggle to measure?')?.name).toBe(
      'get_model_diagnostics',
    );
    expect(call('how good is it on out-of-sample weeks?')?.name).toBe('get_model_diagnostics');
  });

  it('plans an optimisation asked after another answer, not that answer again', () => {
    expect(call('show me ROI by channel', 'ok, optimise the budget then')?.name).toBe(
      'optimize_budget',
    );
  });
});
