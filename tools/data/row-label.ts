/**
 * How messages name a row of a CSV file. Rows are counted as data rows (the header is not one),
 * which is not the line number an editor shows, so every message names both:
 * `row 12 (line 13 of the file)`, and every issue carries both `row` and `line`.
 */
export interface RowLocator {
  /** `row 12 (line 13 of the file)`, or `row 12` when the line is not known. */
  label(row: number): string;
  /** The `row` and `line` fields of an issue about that data row. */
  at(row: number): { row: number; line?: number };
}

/** `row 12 (line 13 of the file)`: a data row and the line of the file it starts on. */
export function rowText(row: number, line: number | undefined): string {
  return line === undefined ? `row ${row}` : `row ${row} (line ${line} of the file)`;
}

/** Locates data rows by the line each starts on (`lines[r]` is the line of data row r + 1). */
export function rowLocator(lines: readonly number[]): RowLocator {
  return {
    label: (row) => rowText(row, lines[row - 1]),
    at(row) {
      const line = lines[row - 1];
      return line === undefined ? { row } : { row, line };
    },
  };
}

/** The same text with its first letter in upper case, to start a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
