import { describe, expect, it } from 'vitest';
import { methodologyQuery } from './methodology-query';

describe('methodologyQuery', () => {
  it("asks for the defining section of a topic's note when the question asks what it is", () => {
    for (const q of ['how does adstock work', 'what is carryover', 'explain adstock to me'])
      expect(methodologyQuery('methodology', q), q).toBe(
        'adstock: the idea, advertising keeps working after it runs',
      );
    expect(
      methodologyQuery('methodology', 'what s the difference between roi and marginal roi'),
    ).toBe('ROI versus marginal ROI: two different questions');
    expect(methodologyQuery('methodology', 'what is saturation')).toBe(
      'saturation: diminishing returns',
    );
  });

  it('keeps the topic words for a question about a detail, and the fixed query per intent', () => {
    expect(methodologyQuery('methodology', 'how is the weibull adstock shape chosen')).not.toMatch(
      /the idea/,
    );
    expect(methodologyQuery('whatif', 'how does adstock work')).toMatch(/what-if scenarios/);
  });
});
