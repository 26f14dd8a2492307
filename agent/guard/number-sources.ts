/**
 * The set of numbers an answer may state: every number in the tool results and arguments, the
 * user's messages and the cited passages. Percent forms of fractions are included (0.123 ↔ 12.3%).
 */
export class NumberSources {
  private readonly values: Float64Array;

  constructor(sources: unknown[]) {
    const found: number[] = [];
    for (const s of sources) collect(s, found, 0);
    const all = new Set<number>();
    for (const v of found) {
      const a = Math.abs(v);
      all.add(a);
      all.add(a * 100);
    }
    this.values = Float64Array.from(all).sort();
  }

  /** True when some source value is within `tolerance` of |value| (plus a relative 1e-9 slack). */
  has(value: number, tolerance: number): boolean {
    const target = Math.abs(value);
    const slack = tolerance + 1e-9 * Math.max(1, target);
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.values[mid] as number) < target - slack) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.values.length && (this.values[lo] as number) <= target + slack;
  }

  get size(): number {
    return this.values.length;
  }
}

const TEXT_NUMBER_RE = /\d+(?:,\d{3})*(?:\.\d+)?/g;

function collect(value: unknown, out: number[], depth: number): void {
  if (depth > 12 || value === null || value === undefined) return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) out.push(value);
  } else if (typeof value === 'string') {
    for (const m of value.matchAll(TEXT_NUMBER_RE)) out.push(Number(m[0].replace(/,/g, '')));
    for (const m of value.matchAll(/(\d+(?:\.\d+)?)\s?(k|m|mn|million|bn|billion)\b/gi)) {
      const scale = /^k/i.test(m[2] as string) ? 1e3 : /^(b)/i.test(m[2] as string) ? 1e9 : 1e6;
      out.push(Number(m[1]) * scale);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) collect(v, out, depth + 1);
  }
}
