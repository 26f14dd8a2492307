/** Numeric cells: plain numbers fast, then currency signs, thousands separators, decimal commas. */

const MISSING = new Set(['', 'na', 'nan', 'n/a', 'null', 'none', '-', '#n/a', 'missing']);

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The number in a cell, or NaN when there is none. `decimalComma` reads `1.234,5` and `12,5` with
 * a decimal comma (`;`-delimited files); otherwise `1,234.5` is 1234.5. `$`, `€`, `£`, `%` and spaces are dropped.
 */
export function parseNumberCell(cell: string, decimalComma = false): number {
  const fast = Number(cell);
  if (Number.isFinite(fast) && (fast !== 0 || hasDigit(cell))) return fast;
  let s = cell.trim();
  if (s.length === 0) return Number.NaN;
  s = s.replace(/[$€£¥%\s\u00a0]/g, '');
  s = decimalComma ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,(?=\d{3}(?:\D|$))/g, '');
  if (!hasDigit(s)) return Number.NaN;
  const value = Number(s);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** True when a cell holds nothing or a missing-value marker such as `NA`. */
export function isMissingCell(cell: string): boolean {
  return MISSING.has(cell.trim().toLowerCase());
}

/** What a column's cells look like, for role detection. */
export interface ColumnProfile {
  numeric: number;
  missing: number;
  /** Distinct non-numeric, non-missing texts (up to 50). */
  labels: string[];
  /** Every numeric cell is 0 or 1. */
  binary: boolean;
  min: number;
  max: number;
  /** The parsed cells, NaN where a cell holds no number. */
  values: Float64Array;
}

/** Profiles the cells of one column. */
export function profileColumn(values: string[], decimalComma = false): ColumnProfile {
  let numeric = 0;
  let missing = 0;
  let binary = true;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const labels = new Set<string>();
  const parsed = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const cell = values[i] ?? '';
    const v = parseNumberCell(cell, decimalComma);
    parsed[i] = v;
    if (Number.isNaN(v)) {
      if (isMissingCell(cell)) missing += 1;
      else if (labels.size < 50) labels.add(cell.trim());
      continue;
    }
    numeric += 1;
    if (v !== 0 && v !== 1) binary = false;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return {
    numeric,
    missing,
    labels: [...labels],
    binary: binary && numeric > 0,
    min,
    max,
    values: parsed,
  };
}
