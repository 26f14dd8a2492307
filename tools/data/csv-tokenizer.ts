/**
 * A CSV reader after RFC 4180: quoted fields with doubled quotes, commas and line breaks inside
 * quotes, CRLF/LF/CR line ends, a byte-order mark, and `,`, `;` or tab as the delimiter.
 */
import { dataError } from './data-error';

export interface CsvTable {
  header: string[];
  /** Data rows; `rows[i]` is data row i + 1 (the header is not counted). */
  rows: string[][];
  delimiter: string;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

function detectDelimiter(text: string): string {
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < end; i += 1) {
    const ch = text[i] ?? '';
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

/** Splits CSV text into a header and data rows; every row must have as many fields as the header. */
export function tokenizeCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const delim = delimiter.charCodeAt(0);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === QUOTE && field.length === 0) {
      i += 1;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          throw dataError([
            {
              field: 'file',
              reason: `A quoted field opened in row ${records.length} never closes`,
              row: records.length,
            },
          ]);
        }
        field += text.slice(start, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          i = q + 2;
          start = i;
        } else {
          i = q + 1;
          break;
        }
      }
      c = i < n ? text.charCodeAt(i) : LF;
      if (c !== delim && c !== LF && c !== CR) {
        let j = i;
        while (
          j < n &&
          text.charCodeAt(j) !== delim &&
          text.charCodeAt(j) !== LF &&
          text.charCodeAt(j) !== CR
        )
          j += 1;
        field += text.slice(i, j);
        i = j;
        continue;
      }
    } else {
      const start = i;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === delim || c === LF || c === CR) break;
        i += 1;
      }
      field += text.slice(start, i);
      if (i >= n) break;
    }
    if (i >= n) break;
    if (c === delim) {
      record.push(field);
      field = '';
      i += 1;
    } else {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    }
  }
  if (field.length > 0 || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => !(r.length === 1 && (r[0] ?? '').trim() === ''));
  const header = (nonEmpty[0] ?? []).map((h) => h.trim());
  if (header.length === 0) throw dataError([{ field: 'file', reason: 'The file is empty' }]);
  const rows = nonEmpty.slice(1);
  const issues = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    if (row.length !== header.length) {
      issues.push({
        field: 'file',
        row: r + 1,
        reason: `Row ${r + 1} has ${row.length} values but the header has ${header.length} columns`,
      });
    }
  }
  if (issues.length > 0) throw dataError(issues);
  return { header, rows, delimiter };
}
