import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkDoc } from './indexing/chunker';
import { loadDocsDir, METHODOLOGY_DOCS_DIR } from './indexing/load-docs';

describe('methodology documents', () => {
  it('have about twenty documents whose front matter id matches the file name', async () => {
    const files = readdirSync(METHODOLOGY_DOCS_DIR).filter((f) => f.endsWith('.md'));
    const docs = await loadDocsDir();
    expect(docs.length).toBeGreaterThanOrEqual(18);
    expect(docs.map((d) => `${d.id}.md`).sort()).toEqual(files.sort());
    expect(new Set(docs.map((d) => d.title)).size).toBe(docs.length);
  });

  it('are cut into several titled sections each', async () => {
    for (const doc of await loadDocsDir()) {
      const chunks = chunkDoc(doc);
      expect(chunks.length, doc.id).toBeGreaterThanOrEqual(3);
      for (const c of chunks) expect(c.section.startsWith(doc.title), doc.id).toBe(true);
    }
  });

  it('state the engine formulas they explain', async () => {
    const byId = new Map((await loadDocsDir()).map((d) => [d.id, d.body]));
    expect(byId.get('saturation')).toContain('h(x) = x^alpha / (x^alpha + gamma^alpha)');
    expect(byId.get('adstock')).toContain('w_l = theta^l / (1 + theta + ... + theta^(maxLag-1))');
    expect(byId.get('roi-vs-marginal-roi')).toContain("mROI = beta * h'(s)");
  });
});
