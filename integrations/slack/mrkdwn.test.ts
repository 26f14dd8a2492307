import { describe, expect, it } from 'vitest';
import { toSlackMrkdwn, truncate } from './mrkdwn';

describe('toSlackMrkdwn', () => {
  it('turns **bold** into Slack bold and *italic* into Slack italic', () => {
    expect(toSlackMrkdwn('**TV** drives *most* sales')).toBe('*TV* drives _most_ sales');
  });

  it('turns markdown links into Slack links and keeps [n] citations', () => {
    expect(toSlackMrkdwn('See [the docs](https://example.com/a?b=1&c=2) [1].')).toBe(
      'See <https://example.com/a?b=1&c=2|the docs> [1].',
    );
  });

  it('escapes &, < and > outside links and code', () => {
    expect(toSlackMrkdwn('ROI < 1 & mROI > 0.5, `a<b`')).toBe(
      'ROI &lt; 1 &amp; mROI &gt; 0.5, `a&lt;b`',
    );
  });

  it('renders headings as bold lines and dashes as bullets', () => {
    expect(toSlackMrkdwn('## Result\n- TV: 40%\n- Social: 20%')).toBe(
      '*Result*\n• TV: 40%\n• Social: 20%',
    );
  });

  it('leaves code fences untouched except for escaping', () => {
    expect(toSlackMrkdwn('```\n**x** -> y\n```')).toBe('```\n**x** -&gt; y\n```');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});
