import type { LabelledQuestion } from './retrieval-questions';
import type { Retriever } from './types';

/** Hit rate at k and mean reciprocal rank of the first relevant document. */
export interface RetrievalScore {
  questions: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  misses: { question: string; expected: string[]; got: string[] }[];
}

/**
 * Scores a retriever on labelled questions: a question is recalled at k when one of its labelled
 * documents is among the first k results; MRR averages 1/rank of the first such result (0 if
 * none in the top `depth`).
 */
export async function scoreRetrieval(
  retriever: Retriever,
  questions: LabelledQuestion[],
  options: { workspaceId?: string | null; depth?: number } = {},
): Promise<RetrievalScore> {
  const depth = options.depth ?? 8;
  let at1 = 0;
  let at3 = 0;
  let rr = 0;
  const misses: RetrievalScore['misses'] = [];
  for (const q of questions) {
    const hits = await retriever.search(q.question, {
      workspaceId: options.workspaceId ?? null,
      k: depth,
    });
    const ids = hits.map((h) => h.id);
    const rank = ids.findIndex((id) => q.docs.includes(id));
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 3) at3++;
    else misses.push({ question: q.question, expected: q.docs, got: ids.slice(0, 3) });
    if (rank >= 0) rr += 1 / (rank + 1);
  }
  const n = questions.length;
  return { questions: n, recallAt1: at1 / n, recallAt3: at3 / n, mrr: rr / n, misses };
}
