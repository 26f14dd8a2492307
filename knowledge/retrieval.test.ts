import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEmbedder } from './embedders/local-embedder';
import { loadDocsDir } from './indexing/load-docs';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { type RetrievalScore, scoreRetrieval } from './retrieval-metrics';
import { LABELLED_QUESTIONS } from './retrieval-questions';
import { createPgliteWithVector } from './stores/pglite-test-db';
import { createPgvectorStore } from './stores/pgvector-store';

const format = (name: string, s: RetrievalScore) =>
  `${name}: n=${s.questions} recall@1=${s.recallAt1.toFixed(3)} recall@3=${s.recallAt3.toFixed(3)} MRR=${s.mrr.toFixed(3)}`;

describe('retrieval quality with the local embedder on embedded pgvector', () => {
  let db: PGlite;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    const opened = await createPgliteWithVector();
    db = opened.db;
    const embedder = createLocalEmbedder();
    kb = createKnowledgeBase({
      embedder,
      store: createPgvectorStore({
        sql: opened.sql,
        embedderId: embedder.id,
        dimensions: embedder.dimensions,
      }),
    });
    await kb.indexMethodology();
  });
  afterAll(() => db.close());

  it('has at least 40 labelled questions, each naming existing documents', async () => {
    const ids = new Set((await loadDocsDir()).map((d) => d.id));
    expect(LABELLED_QUESTIONS.length).toBeGreaterThanOrEqual(40);
    for (const q of LABELLED_QUESTIONS)
      for (const id of q.docs) expect(ids.has(id), `${q.question}: ${id}`).toBe(true);
  });

  for (const split of ['tune', 'holdout'] as const) {
    it(`finds an answering document in the top 3 for at least 90% of ${split} questions`, async () => {
      const score = await scoreRetrieval(
        kb,
        LABELLED_QUESTIONS.filter((q) => q.split === split),
      );
      console.info(format(split, score));
      for (const m of score.misses) console.info(`  miss: ${m.question} -> ${m.got.join(', ')}`);
      expect(score.recallAt3).toBeGreaterThanOrEqual(0.9);
      expect(score.mrr).toBeGreaterThanOrEqual(0.75);
    });
  }
});
