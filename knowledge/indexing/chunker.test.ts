import { describe, expect, it } from 'vitest';
import { chunkDoc } from './chunker';
import { parseDoc } from './parse-doc';

describe('parseDoc', () => {
  it('reads id and title from front matter and strips it from the body', () => {
    const doc = parseDoc(
      '---\nid: adstock\ntitle: "Adstock (carryover)"\n---\n# Adstock (carryover)\n\nText.',
    );
    expect(doc).toEqual({
      id: 'adstock',
      title: 'Adstock (carryover)',
      body: '# Adstock (carryover)\n\nText.',
    });
  });

  it('falls back to the given id and the first heading', () => {
    expect(parseDoc('# Brand rules\r\n\r\nUse blue.', 'brand')).toMatchObject({
      id: 'brand',
      title: 'Brand rules',
    });
  });

  it('rejects an id with spaces or capitals', () => {
    expect(() => parseDoc('---\nid: My Doc\n---\nx')).toThrow(/lower-case/);
  });
});

describe('chunkDoc', () => {
  const doc = parseDoc(
    [
      '---',
      'id: adstock',
      'title: Adstock',
      '---',
      '# Adstock',
      '',
      'Intro text.',
      '',
      '## Geometric decay',
      '',
      'Theta is the decay.',
      '',
      '### Half-life',
      '',
      'ln(0.5)/ln(theta).',
      '',
      '```',
      '# not a heading',
      '```',
      '',
      '## Weibull',
      '',
      'Shape and scale.',
      '',
      '## Empty',
      '',
    ].join('\n'),
  );

  it('cuts at headings and keeps the heading path from the title down', () => {
    expect(chunkDoc(doc).map((c) => [c.position, c.section])).toEqual([
      [0, 'Adstock'],
      [1, 'Adstock › Geometric decay'],
      [2, 'Adstock › Geometric decay › Half-life'],
      [3, 'Adstock › Weibull'],
    ]);
  });

  it('does not treat # inside a code fence as a heading', () => {
    expect(chunkDoc(doc)[2]?.text).toContain('# not a heading');
  });

  it('splits a long section between paragraphs and keeps its path on every piece', () => {
    const long = parseDoc(
      `---\nid: x\ntitle: X\n---\n## Part\n\n${'a '.repeat(300)}\n\n${'b '.repeat(300)}`,
    );
    const chunks = chunkDoc(long, 700);
    expect(chunks).toHaveLength(2);
    expect(chunks.every((c) => c.section === 'X › Part')).toBe(true);
  });
});
