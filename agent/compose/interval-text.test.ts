import { describe, expect, it } from 'vitest';
import {
  DEMO_CTX,
  DEMO_DIAGNOSTICS,
  demoContributions,
  toolCall,
  ungroundedIn,
} from '../testing/demo-results';
import { composeAnswer } from './compose-answer';

function answer(question: string, channels?: string[]) {
  const calls = [
    toolCall(
      'get_contributions',
      { sortBy: 'roi', ...(channels ? { channels } : {}) },
      demoContributions('roi', channels),
    ),
    toolCall('get_model_diagnostics', {}, DEMO_DIAGNOSTICS),
  ];
  const draft = composeAnswer({
    calls,
    modelText: '',
    hosted: false,
    notices: [],
    ctx: { ...DEMO_CTX, lead: 'intervals' },
  });
  return { text: draft.text, bad: ungroundedIn(draft, calls, question) };
}

describe('answers to how sure the channel figures are', () => {
  it("gives TV's ROI and contribution with their 80% and 95% intervals, then the fit", () => {
    const { text, bad } = answer("How sure are you about TV's ROI?", ['tv_spend']);
    expect(text.split('\n')[0]).toBe(
      "TV's ROI over 2022-01-03 to 2024-12-23 is 2.5 (80% interval 2.28 to 2.73; 95% interval 2.24 to 2.84). Its contribution is $23M of revenue (80% interval $21M to $25.1M; 95% interval $20.6M to $26.1M).",
    );
    expect(text).toContain(
      '- Fit: the model explains 97.0% of the variation in revenue and is off by 2.7% on average on the last 16 weeks it never saw.',
    );
    expect(text).toContain('so intervals may be too narrow.');
    expect(text).not.toContain('cannot pin down');
    expect(bad).toEqual([]);
  });

  it('says a channel the data cannot pin down is rough', () => {
    const { text, bad } = answer('How sure are you about the display numbers?', ['display_spend']);
    expect(text.split('\n')[0]).toMatch(
      /^Display's ROI over .* is 1\.51 \(80% interval 0\.08 to 3\.48; 95% interval 0 to 4\.83\)\./,
    );
    expect(text).toContain('- The data cannot pin down Display: treat its figures as rough.');
    expect(bad).toEqual([]);
  });

  it('lists every channel with both intervals', () => {
    const { text, bad } = answer('Give me the ROI of every channel with confidence intervals');
    expect(text.split('\n')[0]).toBe(
      'ROI of each channel over 2022-01-03 to 2024-12-23, with the ranges the model is 80% and 95% sure of:',
    );
    expect(text).toContain(
      '- Search: ROI 3.26 (80% interval 2.05 to 5.17; 95% interval 1.56 to 6.46); contribution $12.7M (80% interval $8M to $20.2M; 95% interval $6.09M to $25.2M).',
    );
    expect(text.match(/95% interval/g)).toHaveLength(10);
    expect(text).toContain(
      '- The data cannot pin down Display, Radio: treat their figures as rough.',
    );
    expect(bad).toEqual([]);
  });
});
