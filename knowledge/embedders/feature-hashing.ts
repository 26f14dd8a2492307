/** FNV-1a 32-bit hash of a string (UTF-16 code units), deterministic across platforms. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Projects weighted features into a fixed number of dimensions: each feature lands in one bucket
 * with a sign taken from the hash, so collisions cancel on average instead of piling up.
 */
export function hashFeatures(features: Map<string, number>, dimensions: number): Float64Array {
  const v = new Float64Array(dimensions);
  for (const [feature, weight] of features) {
    const h = fnv1a(feature);
    const index = h % dimensions;
    v[index] = (v[index] as number) + (h & 0x80000000 ? -weight : weight);
  }
  return v;
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
export function normalize(v: Float64Array): Float64Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] as number) ** 2;
  if (s === 0) return v;
  const inv = 1 / Math.sqrt(s);
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) * inv;
  return v;
}
