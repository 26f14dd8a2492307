import { describe, expect, it } from 'vitest';
import { composeMethodology, plainText, sentences } from './methodology-text';

/** The passage the review found cut to '".  It is contribution divided by spend over a period.' */
const ROI_PASSAGE = `- **ROI (average return)** answers "what did this channel return for all the money we put in?". It is contribution divided by spend over a period. With revenue as the KPI it is ROAS.
- **Marginal ROI (mROI)** answers "what would the next unit of money in this channel return?". It is the slope of the channel's response curve at the current spend level.

Because of saturation, the two differ.`;

describe('sentences of a methodology passage', () => {
  it('keeps a sentence whole when it quotes a question', () => {
    expect(sentences(plainText(ROI_PASSAGE), 2)).toBe(
      'ROI (average return) answers "what did this channel return for all the money we put in?". It is contribution divided by spend over a period.',
    );
  });

  it('drops list markers and does not split after "e.g."', () => {
    expect(sentences(plainText('- One, e.g. 2 of them. Two.\n- Three.'), 2)).toBe(
      'One, e.g. 2 of them. Two.',
    );
  });

  it('answers from a passage in whole sentences', () => {
    const { lead } = composeMethodology([
      { id: 'roi-vs-marginal-roi', title: 'ROI versus marginal ROI', text: ROI_PASSAGE, score: 1 },
    ]);
    expect(lead).toMatch(/^ROI \(average return\) answers "what did/);
    expect(lead).toMatch(/over a period\. \[1\]$/);
  });
});
