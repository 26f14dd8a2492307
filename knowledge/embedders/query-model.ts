import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { hashFeatures, normalize } from './feature-hashing';

/**
 * What the local embedder learns from a corpus, used on the query side only: inverse document
 * frequencies of features, and a latent (LSA) subspace of the hashed passage vectors. Stored
 * passage vectors never depend on it, so refitting on an edited corpus needs no re-embedding.
 */
export interface QueryModel {
  idf(feature: string): number;
  /** Basis of the latent subspace, `k` unit columns of length `dimensions`. */
  basis: Float64Array[];
}

/** BM25-style inverse document frequency, always positive. */
function bm25Idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Fits IDF and a `latentDims`-dimensional SVD subspace on passage features. */
export function fitQueryModel(
  passages: Map<string, number>[],
  dimensions: number,
  latentDims: number,
): QueryModel {
  const n = passages.length;
  const df = new Map<string, number>();
  for (const p of passages) for (const f of p.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const unseen = bm25Idf(0, n);
  const idf = (feature: string) => {
    const d = df.get(feature);
    return d === undefined ? unseen : bm25Idf(d, n);
  };
  const k = Math.min(latentDims, n - 1);
  if (k < 1) return { idf, basis: [] };

  const rows = passages.map((p) => {
    const weighted = new Map<string, number>();
    for (const [f, w] of p) weighted.set(f, w * idf(f));
    return Array.from(normalize(hashFeatures(weighted, dimensions)));
  });
  const svd = new SingularValueDecomposition(new Matrix(rows), {
    computeLeftSingularVectors: false,
    computeRightSingularVectors: true,
    autoTranspose: true,
  });
  const v = svd.rightSingularVectors;
  const basis: Float64Array[] = [];
  for (let j = 0; j < k; j++) basis.push(Float64Array.from(v.getColumn(j)));
  return { idf, basis };
}

/** Projects `q` onto the latent subspace and back: sum_j (b_j . q) b_j. */
export function latentProjection(q: Float64Array, basis: Float64Array[]): Float64Array {
  const out = new Float64Array(q.length);
  for (const b of basis) {
    let dot = 0;
    for (let i = 0; i < q.length; i++) dot += (b[i] as number) * (q[i] as number);
    for (let i = 0; i < q.length; i++) out[i] = (out[i] as number) + dot * (b[i] as number);
  }
  return out;
}
