import { invalid } from '../../tools';

/** Throws unless `vector` has `dimensions` finite numbers. */
export function checkVector(vector: number[], dimensions: number, field = 'vector'): void {
  if (vector.length !== dimensions) {
    throw invalid(
      field,
      `has ${vector.length} dimensions, the store expects ${dimensions}`,
      'invalid_input',
    );
  }
  for (const v of vector) {
    if (!Number.isFinite(v))
      throw invalid(field, 'contains a value that is not a finite number', 'invalid_input');
  }
}

/** Groups records by `scope|docId`, keeping the order of first appearance. */
export function groupByDoc<T extends { workspaceId: string | null; docId: string }>(
  records: T[],
): { workspaceId: string | null; docId: string; records: T[] }[] {
  const groups = new Map<string, { workspaceId: string | null; docId: string; records: T[] }>();
  for (const r of records) {
    const key = `${r.workspaceId ?? ''}\u0000${r.docId}`;
    const g = groups.get(key) ?? { workspaceId: r.workspaceId, docId: r.docId, records: [] };
    g.records.push(r);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** Cosine similarity of two vectors of equal length (0 when either is zero). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
