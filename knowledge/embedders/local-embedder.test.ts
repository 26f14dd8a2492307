import { describe, expect, it } from 'vitest';
import { cosine } from '../stores/check-vector';
import { createLocalEmbedder } from './local-embedder';

const PASSAGES = [
  'Return on ad spend (ROAS) is revenue divided by spend for a channel.',
  'Adstock spreads the effect of advertising over the following weeks: carryover with geometric decay.',
  'Uploaded data stay in your workspace; embedded mode sends nothing out.',
];

describe('local embedder', () => {
  it('is deterministic, of fixed length and unit norm', async () => {
    const a = createLocalEmbedder();
    const b = createLocalEmbedder();
    const [va] = await a.embed(['Marginal ROI at the recent run-rate']);
    const [vb] = await b.embed(['Marginal ROI at the recent run-rate']);
    expect(va).toEqual(vb);
    expect(va).toHaveLength(1024);
    expect(Math.hypot(...(va as number[]))).toBeCloseTo(1, 12);
  });

  it('stores passage vectors that do not depend on the corpus it learned from', async () => {
    const plain = createLocalEmbedder();
    const fitted = createLocalEmbedder({ corpus: PASSAGES });
    expect(await fitted.embed(PASSAGES)).toEqual(await plain.embed(PASSAGES));
    expect(fitted.id).toBe(plain.id);
  });

  it('matches a question to the passage that shares its meaning rather than its words', async () => {
    const embedder = createLocalEmbedder({ corpus: PASSAGES });
    const passages = await embedder.embed(PASSAGES);
    const best = async (q: string) => {
      const v = await embedder.embedQuery(q);
      const scores = passages.map((p) => cosine(v, p));
      return scores.indexOf(Math.max(...scores));
    };
    expect(await best('What is our return on investment per euro?')).toBe(0);
    expect(await best('How long does TV keep working after it airs?')).toBe(1);
    expect(await best('Is my data sent to a third party?')).toBe(2);
  });

  it('changes its id with the dimension, so stores never mix vector spaces', () => {
    expect(createLocalEmbedder({ dimensions: 512 }).id).not.toBe(createLocalEmbedder().id);
  });
});
