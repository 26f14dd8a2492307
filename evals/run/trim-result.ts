const MAX_CHARS = 6000;

/**
 * Keeps a tool result as it is when small; otherwise shortens long arrays (first items plus a
 * count) so a run's JSON stays readable and storable.
 */
export function trimResult(value: unknown, depth = 0): unknown {
  if (depth === 0 && (JSON.stringify(value) ?? '').length <= MAX_CHARS) return value;
  if (Array.isArray(value)) {
    const head = value.slice(0, 8).map((v) => trimResult(v, depth + 1));
    return value.length > 8 ? [...head, `… ${value.length - 8} more`] : head;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = depth > 6 ? '…' : trimResult(v, depth + 1);
    return out;
  }
  if (typeof value === 'string' && value.length > 600) return `${value.slice(0, 600)}…`;
  return value;
}
