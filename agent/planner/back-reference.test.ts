import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import { TEST_DATASET } from './testing/run-case';

const planner = new OfflinePlanner({ dataset: TEST_DATASET });

/** A turn as a surface stores it: the planner's reply replaced by the composed answer. */
function answered(history: BaseMessage[], question: string, results: Record<string, unknown>) {
  history.push(new HumanMessage(question));
  const plan = planner.plan(history);
  history.push(plan);
  for (const call of plan.tool_calls ?? [])
    history.push(
      new ToolMessage({
        content: JSON.stringify(results[call.name] ?? {}),
        tool_call_id: call.id ?? '',
        name: call.name,
      }),
    );
  history.push(new AIMessage(typeof plan.content === 'string' ? plan.content : 'done'));
}

describe('offline planner reading back', () => {
  it('joins an answer to its clarifying question when the question kept no intent', () => {
    const history: BaseMessage[] = [new SystemMessage('You are MixPilot.')];
    answered(history, 'shift 15% over to radio', {});
    history.push(new HumanMessage('from display'));
    const msg = planner.plan(history);
    expect(msg.tool_calls?.[0]?.args).toEqual({
      changes: [{ type: 'move', from: 'display_spend', to: 'radio_spend', percent: 15 }],
    });
  });

  it('takes "it" after a ranking to be the channel the ranking put first', () => {
    const history: BaseMessage[] = [new SystemMessage('You are MixPilot.')];
    answered(history, 'which channel brings in the most sales?', {
      get_contributions: { channels: [{ name: 'search_spend' }, { name: 'tv_spend' }] },
    });
    history.push(new HumanMessage('are we overspending on it?'));
    const msg = planner.plan(history);
    expect(msg.tool_calls?.[0]).toMatchObject({
      name: 'get_response_curve',
      args: { channel: 'search_spend' },
    });
  });

  it('asks the methodology of the previous answer for "where does that number come from?"', () => {
    const history: BaseMessage[] = [new SystemMessage('You are MixPilot.')];
    answered(history, 'how should we split $2M?', {});
    history.push(new HumanMessage('where does that number come from?'));
    const msg = planner.plan(history);
    const search = msg.tool_calls?.find((c) => c.name === 'search_methodology');
    expect(String(search?.args.query)).toMatch(/budget optimization/);
  });
});
