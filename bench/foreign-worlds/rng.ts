/**
 * Seeded generator of the foreign worlds: xoshiro128** seeded by splitmix32, deliberately not the
 * engine's mulberry32, so no random stream is shared with tools/simulate. Normals are Box-Muller
 * pairs (the second one is kept for the next call).
 */
export interface WorldRng {
  /** Uniform in [0, 1). */
  next(): number;
  normal(): number;
  unif(a: number, b: number): number;
  logUnif(a: number, b: number): number;
  /** Integer in [a, b], both inclusive. */
  int(a: number, b: number): number;
  shuffle<T>(items: readonly T[]): T[];
}

export function worldRng(seed: number): WorldRng {
  let x = seed >>> 0;
  const splitmix = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  const rotl = (v: number, k: number) => ((v << k) | (v >>> (32 - k))) >>> 0;
  const next = () => {
    const r = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return r / 4294967296;
  };
  let spare: number | null = null;
  const normal = () => {
    if (spare !== null) {
      const v = spare;
      spare = null;
      return v;
    }
    const u = Math.max(next(), 1e-300);
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const unif = (a: number, b: number) => a + (b - a) * next();
  return {
    next,
    normal,
    unif,
    logUnif: (a, b) => Math.exp(unif(Math.log(a), Math.log(b))),
    int: (a, b) => a + Math.floor(next() * (b - a + 1)),
    shuffle: <T>(items: readonly T[]) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}
