/** Event label columns (Robyn's `events`: "na" or a label per period) as one 0/1 column per label. */
import { compact } from './channel-names';

const NONE = new Set(['', 'na', 'n/a', 'nan', 'none', 'null', '0', 'no', 'false', '-', 'missing']);

/** One 0/1 series per distinct label of a text column, named by the label (or `column_label`). */
export function expandLabelEvents(
  column: string,
  cells: string[],
  header: string[],
): { name: string; label: string; values: number[] }[] {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(cells.length).fill(-1);
  for (let r = 0; r < cells.length; r += 1) {
    const label = (cells[r] ?? '').trim();
    if (NONE.has(label.toLowerCase())) continue;
    let code = index.get(label);
    if (code === undefined) {
      code = labels.length;
      labels.push(label);
      index.set(label, code);
    }
    codes[r] = code;
  }
  const taken = new Set(header.map(compact));
  return labels.map((label, code) => {
    const clean = label.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || `label${code + 1}`;
    const name = taken.has(compact(clean)) ? `${column}_${clean}` : clean;
    taken.add(compact(name));
    return { name, label, values: Array.from(codes, (c) => (c === code ? 1 : 0)) };
  });
}
