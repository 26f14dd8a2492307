/** Small CSV builders for the data tests. */
import { isoDate } from './calendar';

const START = 19_000; // 2022-01-08

/** A weekly CSV with a date, revenue, two spend channels and a price control. */
export function weeklyCsv(periods = 60, edit?: (row: string[], index: number) => void): string {
  const header = ['date', 'revenue', 'tv_spend', 'search_spend', 'price'];
  const lines = [header.join(',')];
  for (let i = 0; i < periods; i += 1) {
    const row = [
      isoDate(START + 7 * i),
      String(1000 + ((i * 37) % 101)),
      String(((i * 13) % 7) * 100),
      String(50 + ((i * 5) % 9) * 10),
      String(9.99 + (i % 3)),
    ];
    edit?.(row, i);
    lines.push(row.join(','));
  }
  return lines.join('\n');
}
