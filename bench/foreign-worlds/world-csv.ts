/** The CSV of a foreign world, as a user would upload it: a date column, then one column each. */
export interface CsvColumn {
  name: string;
  values: readonly number[];
  /** Decimals written (default 2); 0 writes the number as is. */
  digits?: number;
}

export function worldCsv(dates: readonly string[], columns: readonly CsvColumn[]): string {
  const cell = (c: CsvColumn, t: number) => {
    const v = c.values[t] as number;
    return c.digits === 0 ? String(v) : v.toFixed(c.digits ?? 2);
  };
  const header = ['date', ...columns.map((c) => c.name)].join(',');
  const rows = dates.map((d, t) => [d, ...columns.map((c) => cell(c, t))].join(','));
  return `${[header, ...rows].join('\n')}\n`;
}
