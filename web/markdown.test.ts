import { describe, expect, it } from 'vitest';
import { escapeHtml, renderInline, renderMarkdown } from './assets/markdown.js';

describe('renderMarkdown', () => {
  it('renders a script tag in an answer as inert text', () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> **bold**');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<strong>bold</strong>');
  });

  it('escapes HTML attributes hidden in images, links and table cells', () => {
    const html = renderMarkdown(
      '<img src=x onerror=alert(1)>\n\n| a | b |\n|---|---|\n| <b onclick=x>1</b> | 2 |',
    );
    expect(html).not.toMatch(/<img|<b /);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('drops javascript: and data: links but keeps their text', () => {
    const html = renderInline('[click](javascript:alert(1)) [x](data:text/html,hi)');
    expect(html).not.toContain('href');
    expect(html).toContain('[click](javascript:alert(1))');
  });

  it('renders safe links that open in a new tab', () => {
    expect(renderInline('see [docs](https://example.com/a?b=1&c=2)')).toBe(
      'see <a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">docs</a>',
    );
  });

  it('cannot break out of the href attribute with a quote', () => {
    const html = renderInline('[x](https://e.com/"onmouseover="alert(1))');
    expect(html).not.toContain('" onmouseover');
    expect(html).not.toMatch(/href="[^"]*"onmouseover/);
  });

  it('renders bold, italics and inline code, leaving markup inside code literal', () => {
    expect(renderInline('**ROI** is *high*; run `a **b** <i>`')).toBe(
      '<strong>ROI</strong> is <em>high</em>; run <code>a **b** &lt;i&gt;</code>',
    );
  });

  it('leaves snake_case names alone', () => {
    expect(renderInline('paid_search_spend and tv_spend')).toBe('paid_search_spend and tv_spend');
  });

  it('renders bullet and numbered lists', () => {
    const html = renderMarkdown('Plan:\n- TV: **$1M**\n- Social\n\n3. third\n4. fourth');
    expect(html).toBe(
      '<p>Plan:</p>\n<ul><li>TV: <strong>$1M</strong></li><li>Social</li></ul>\n' +
        '<ol start="3"><li>third</li><li>fourth</li></ol>',
    );
  });

  it('renders tables with alignment', () => {
    const html = renderMarkdown('| Channel | ROI |\n|:--|--:|\n| TV | 1.2 |\n| Search | 3.4 |');
    expect(html).toContain('<th class="align-right">ROI</th>');
    expect(html).toContain('<tr><td>Search</td><td class="align-right">3.4</td></tr>');
  });

  it('links [n] citations only when that source exists', () => {
    const html = renderInline('Adstock decays [1]. Also [2, 1] and [9].', {
      citationCount: 2,
      citationPrefix: 'm3-src',
    });
    expect(html.match(/data-testid="citation-link"/g)).toHaveLength(3);
    expect(html).toContain('href="#m3-src-1"');
    expect(html).toContain('[9]');
  });

  it('keeps paragraphs and line breaks', () => {
    expect(renderMarkdown('one\ntwo\n\nthree')).toBe('<p>one<br>two</p>\n<p>three</p>');
  });

  it('renders fenced code verbatim and escaped', () => {
    expect(renderMarkdown('```\n<x> **y**\n```')).toBe('<pre><code>&lt;x&gt; **y**</code></pre>');
  });

  it('renders headings one level below the page heading', () => {
    expect(renderMarkdown('## Summary')).toBe('<h4>Summary</h4>');
  });

  it('strips private-use characters that could forge placeholders', () => {
    expect(renderInline('a\uE0000\uE000b')).toBe('a0b');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
