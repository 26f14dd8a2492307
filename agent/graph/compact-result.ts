/**
 * What the language model reads of a tool result: the result without long series (curves,
 * per-period decompositions), with numbers rounded to 4 significant digits. The full result
 * stays in the trace and is what the composer and the guard use.
 */
export function compactForModel(_tool: string, result: unknown): unknown {
  return prune(result, 0);
}

const LONG_KEYS = new Set([
  'responseCurve',
  'decomposition',
  'points',
  'series',
  'draws',
  'curve',
  'budgetCurve',
]);

function prune(value: unknown, depth: number): unknown {
  if (typeof value === 'number')
    return Number.isFinite(value) ? Number(value.toPrecision(4)) : value;
  if (Array.isArray(value)) {
    const items = value.length > 12 ? value.slice(0, 12) : value;
    return items.map((v) => prune(v, depth + 1));
  }
  if (value && typeof value === 'object') {
    if (depth > 6) return '…';
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (LONG_KEYS.has(k) && Array.isArray(v) && v.length > 12) continue;
      out[k] = prune(v, depth + 1);
    }
    return out;
  }
  return value;
}
