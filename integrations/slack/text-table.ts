const FORMATS = [0, 1, 2, 3].map(
  (digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }),
);

/** Formats one table cell: numbers with thousands separators and at most 2-3 decimals. */
export function formatCell(value: string | number): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = Number.isInteger(value) || abs >= 1000 ? 0 : abs >= 1 ? 2 : 3;
  return (FORMATS[digits] as Intl.NumberFormat).format(value);
}

/**
 * Lays a table out as aligned monospace lines (numbers right-aligned, text left-aligned) that
 * fit in `maxChars`; rows that do not fit are dropped and counted in a last line.
 */
export function renderTextTable(
  columns: string[],
  rows: (string | number)[][],
  maxChars: number,
  maxCellWidth = 24,
): string {
  const fitAtMost = Math.floor(maxChars / Math.max(1, 3 * columns.length - 2)) + 1;
  const candidates = rows.slice(0, fitAtMost);
  const cells = candidates.map((row) =>
    columns.map((_, i) => clip(formatCell(row[i] ?? ''), maxCellWidth)),
  );
  const head = columns.map((c) => clip(c, maxCellWidth));
  const numeric = columns.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  let used = out.join('\n').length;
  let shown = 0;
  for (const row of cells) {
    const next = line(row);
    const reserve = shown < rows.length - 1 ? 24 : 0;
    if (used + 1 + next.length + reserve > maxChars) break;
    out.push(next);
    used += 1 + next.length;
    shown += 1;
  }
  if (shown < rows.length) out.push(`… ${rows.length - shown} more rows`);
  return out.join('\n');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
