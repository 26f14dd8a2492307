/**
 * Knowledge base: index build time and query latency on the embedded store (local embedder,
 * pgvector in an in-memory PGlite), plus retrieval quality on the labelled questions.
 */
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import {
  createKnowledgeBase,
  createLocalEmbedder,
  createMemoryStore,
  createPgvectorStore,
  LABELLED_QUESTIONS,
  scoreRetrieval,
  sqlClientFromPglite,
} from '../knowledge';
import { markdownTable, median, percentile, timeRuns } from './measure';

export default async function run(): Promise<string> {
  let t = performance.now();
  const db = await PGlite.create({ extensions: { vector } });
  const embedder = createLocalEmbedder();
  const store = createPgvectorStore({
    sql: sqlClientFromPglite(db),
    embedderId: embedder.id,
    dimensions: embedder.dimensions,
  });
  const kb = createKnowledgeBase({ embedder, store });
  const openMs = performance.now() - t;
  t = performance.now();
  const first = await kb.indexMethodology();
  const buildMs = performance.now() - t;
  const reindex = await timeRuns(() => kb.indexMethodology(), 5);

  const questions = LABELLED_QUESTIONS.map((q) => q.question);
  let i = 0;
  const pg = await timeRuns(
    () => kb.search(questions[i++ % questions.length] as string, { k: 4 }),
    400,
    20,
  );

  const memEmbedder = createLocalEmbedder();
  const mem = createKnowledgeBase({
    embedder: memEmbedder,
    store: createMemoryStore({ dimensions: memEmbedder.dimensions }),
  });
  await mem.indexMethodology();
  const memTimes = await timeRuns(
    () => mem.search(questions[i++ % questions.length] as string, { k: 4 }),
    400,
    20,
  );
  const embedTimes = await timeRuns(
    () => embedder.embedQuery(questions[i++ % questions.length] as string),
    400,
    20,
  );

  const tune = await scoreRetrieval(
    kb,
    LABELLED_QUESTIONS.filter((q) => q.split === 'tune'),
  );
  const holdout = await scoreRetrieval(
    kb,
    LABELLED_QUESTIONS.filter((q) => q.split === 'holdout'),
  );
  await db.close();

  const f = (n: number) => n.toFixed(2);
  return [
    '## Knowledge base (local embedder)',
    '',
    markdownTable(
      ['measure', 'value'],
      [
        ['documents / chunks', `${first.added.length} / ${first.chunksWritten}`],
        ['open PGlite + pgvector (ms)', f(openMs)],
        ['first index build, embed + write (ms)', f(buildMs)],
        ['re-index unchanged, median of 5 (ms)', f(median(reindex))],
        [
          'search on PGlite pgvector p50 / p95 (ms, 400 queries)',
          `${f(median(pg))} / ${f(percentile(pg, 95))}`,
        ],
        [
          'search on memory store p50 / p95 (ms)',
          `${f(median(memTimes))} / ${f(percentile(memTimes, 95))}`,
        ],
        ['query embedding alone p50 (ms)', f(median(embedTimes))],
        [
          'recall@3 / MRR, tune half',
          `${f(tune.recallAt3)} / ${f(tune.mrr)} (n=${tune.questions})`,
        ],
        [
          'recall@3 / MRR, holdout half',
          `${f(holdout.recallAt3)} / ${f(holdout.mrr)} (n=${holdout.questions})`,
        ],
      ],
    ),
  ].join('\n');
}
