/**
 * Quantities stated in an answer, read the way a reader reads them: `$1.2M` is 1,200,000 give
 * or take 50,000; `20%` is 20 percent points; `-$72.4k` is -72,400. ISO dates, citation markers,
 * quarter labels and list numbering are references, not quantities, and are skipped.
 */
export interface StatedNumber {
  text: string;
  index: number;
  value: number;
  /** Half a unit of the last digit shown, in the value's units. */
  tolerance: number;
  percent: boolean;
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const NUMBER_RE =
  /(?<![\w.])([-+−]?)([$€£]?)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|thousand|mn|mm|m|million|bn|b|billion)\b)?(\s?%|\s?pp\b|\s?percent\b|\s?x\b)?/gi;
const SKIP_RE = /\[\d+\]|\b\d{4}-\d{2}-\d{2}\b|\b[QH][1-4]\b|^\s*\d+\.\s/gim;

/** Finds the quantities in `text` with the rounding each one shows. */
export function statedNumbers(text: string): StatedNumber[] {
  const masked = text.replace(SKIP_RE, (m) => ' '.repeat(m.length));
  const out: StatedNumber[] = [];
  for (const m of masked.matchAll(NUMBER_RE)) {
    const whole = (m[3] as string).replace(/,/g, '');
    const frac = m[4] ?? '';
    const scale = SCALE[m[5]?.toLowerCase() ?? ''] ?? 1;
    const suffix = (m[6] ?? '').trim().toLowerCase();
    const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
    let step = 1;
    if (frac) step = 10 ** -frac.length;
    else if (scale === 1 && whole.length > 2 && /0+$/.test(whole))
      step = 10 ** Math.min((whole.match(/0+$/)?.[0] ?? '').length, whole.length - 1);
    out.push({
      text: m[0].trim(),
      index: m.index ?? 0,
      value: sign * Number(`${whole}.${frac || '0'}`) * scale,
      tolerance: (step * scale) / 2,
      percent: suffix === '%' || suffix === 'pp' || suffix === 'percent',
    });
  }
  return out;
}

const SOURCE_NUMBER_RE = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const SOURCE_SCALED_RE = /(\d+(?:\.\d+)?)\s?(k|m|mn|million|bn|billion)\b/gi;

function collect(value: unknown, out: number[], depth: number): void {
  if (depth > 12 || value === null || value === undefined) return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) out.push(value);
  } else if (typeof value === 'string') {
    for (const m of value.matchAll(SOURCE_NUMBER_RE)) out.push(Number(m[0].replace(/,/g, '')));
    for (const m of value.matchAll(SOURCE_SCALED_RE))
      out.push(Number(m[1]) * (SCALE[(m[2] as string).toLowerCase()] ?? 1));
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) collect(v, out, depth + 1);
  }
}

/**
 * Every number found in some JSON values (numbers, and numbers written inside strings), with
 * fractions also as percents (0.123 ↔ 12.3), all as magnitudes.
 */
export function numberPool(sources: unknown[]): number[] {
  const found: number[] = [];
  for (const s of sources) collect(s, found, 0);
  const all = new Set<number>();
  for (const v of found) {
    all.add(Math.abs(v));
    all.add(Math.abs(v) * 100);
  }
  return [...all].sort((a, b) => a - b);
}

/** True when some pool value is within `tolerance` of |value|. */
export function poolHas(pool: number[], value: number, tolerance: number): boolean {
  const target = Math.abs(value);
  const slack = tolerance + 1e-9 * Math.max(1, target);
  let lo = 0;
  let hi = pool.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pool[mid] as number) < target - slack) lo = mid + 1;
    else hi = mid;
  }
  return lo < pool.length && (pool[lo] as number) <= target + slack;
}
