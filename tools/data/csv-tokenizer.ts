/**
 * A CSV reader after RFC 4180: quoted fields with doubled quotes, commas and line breaks inside
 * quotes, CRLF/LF/CR line ends, a byte-order mark, and `,`, `;` or tab as the delimiter.
 */
import type { FieldIssue } from '../errors';
import { dataError } from './data-error';
import { rowLocator, rowText, sentence } from './row-label';

export interface CsvTable {
  header: string[];
  /** Data rows; `rows[i]` is data row i + 1 (the header is not counted). */
  rows: string[][];
  /** 1-based line of the file on which each data row starts (blank lines and line breaks inside quotes counted). */
  lines: number[];
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

/** Line breaks in a piece of text (CRLF, LF or a lone CR each count once). */
function lineBreaks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k += 1) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count += 1;
  }
  return count;
}

const isBlank = (record: string[]) => record.length === 1 && (record[0] ?? '').trim() === '';

/** Splits CSV text into a header and data rows; every row must have as many fields as the header. */
export function tokenizeCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const delim = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const recordLines: number[] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === QUOTE && field.length === 0) {
      const opened = i;
      i += 1;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          const row = records.filter((r) => !isBlank(r)).length;
          const where =
            row === 0 ? `the header (line ${recordLine} of the file)` : rowText(row, recordLine);
          throw dataError([
            {
              field: 'file',
              reason: `A quoted field opened in ${where} never closes`,
              ...(row > 0 ? { row } : {}),
              line: recordLine,
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
      line += lineBreaks(text.slice(opened, i));
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
      recordLines.push(recordLine);
      record = [];
      field = '';
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      recordLine = line;
    }
  }
  if (field.length > 0 || record.length > 0) {
    record.push(field);
    records.push(record);
    recordLines.push(recordLine);
  }
  const kept = records.map((_, k) => k).filter((k) => !isBlank(records[k] ?? []));
  const header = (records[kept[0] ?? -1] ?? []).map((h) => h.trim());
  if (header.length === 0) throw dataError([{ field: 'file', reason: 'The file is empty' }]);
  const rows = kept.slice(1).map((k) => records[k] ?? []);
  const lines = kept.slice(1).map((k) => recordLines[k] ?? 0);
  const at = rowLocator(lines);
  const issues: FieldIssue[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    if (row.length !== header.length) {
      issues.push({
        field: 'file',
        ...at.at(r + 1),
        reason: `${sentence(at.label(r + 1))} has ${row.length} values but the header has ${header.length} columns`,
      });
    }
  }
  if (issues.length > 0) throw dataError(issues);
  return { header, rows, lines, delimiter };
}
