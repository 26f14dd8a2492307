import { describe, expect, it } from 'vitest';
import { cleanQuestion } from './question-text';

describe('cleanQuestion', () => {
  it('drops the bot mention and unescapes Slack entities', () => {
    expect(cleanQuestion('<@UBOT> is ROI &gt; 1 for TV &amp; radio?', 'UBOT')).toBe(
      'is ROI > 1 for TV & radio?',
    );
  });

  it('turns links, channels and other mentions into readable text', () => {
    expect(
      cleanQuestion(
        '<@UBOT> compare <#C1|marketing> with <https://x.io/q3|the Q3 plan> for <@U2>',
        'UBOT',
      ),
    ).toBe('compare #marketing with the Q3 plan for @U2');
  });
});
