import { describe, expect, it } from 'vitest';
import { OfflinePlanner } from './offline-planner';
import { converse, TEST_DATASET } from './testing/run-case';

const planner = new OfflinePlanner({ dataset: TEST_DATASET });
const call = (q: string) => converse(planner, [q]).last.tool_calls?.[0];

describe('questions about what drives the KPI besides paid media', () => {
  it.each([
    'how much do price and promotions matter?',
    'how does competitor spend affect our sales?',
    'does the weather affect sales?',
    'what drives sales besides media?',
    'how big is seasonality?',
    "what's driving the baseline?",
    'what share of sales is baseline?',
  ])('asks for the baseline drivers: "%s"', (q) => {
    expect(call(q)).toMatchObject({ name: 'get_contributions', args: { focus: 'baseline' } });
  });

  it.each([
    'which channels drive the most sales?',
    'how much is TV bringing in?',
    'what if we cut TV by 20% during the holiday season?',
  ])('leaves media questions as they were: "%s"', (q) => {
    expect(call(q)?.args).not.toHaveProperty('focus');
  });
});
