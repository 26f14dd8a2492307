/**
 * CSV text to a validated Dataset: columns found and given roles, cells checked, dates sorted and
 * regular, and a report of what was chosen, what was set aside and why.
 */
import type { FieldIssue } from '../errors';
import { isoDate } from './calendar';
import { type ColumnProfile, profileColumn } from './cell-number';
import { type CsvTable, tokenizeCsv } from './csv-tokenizer';
import { dataError, throwIfIssues } from './data-error';
import { assemble, type Series } from './dataset-assembly';
import type { Dataset, SchemaOverrides, ValidationReport } from './dataset-types';
import { chooseDateColumn, readDates } from './date-column';
import { decodeCsv } from './decode-csv';
import { detectFrequency } from './frequency';
import { aggregateByDay, type Combine } from './geo-aggregate';
import { expandLabelEvents } from './label-events';
import { type NumericRole, numericColumn } from './numeric-columns';
import { detectRoles, type RolePlan } from './role-detection';
import { type RowLocator, rowLocator } from './row-label';

function headerIssues(header: string[]): FieldIssue[] {
  const seen = new Map<string, number>();
  const issues: FieldIssue[] = [];
  header.forEach((name, i) => {
    if (name === '') return;
    const before = seen.get(name);
    if (before !== undefined) {
      issues.push({
        field: name,
        reason: `Column ${name} appears twice (columns ${before + 1} and ${i + 1}); column names must be unique`,
      });
    } else {
      seen.set(name, i);
    }
  });
  return issues;
}

function columnCells(table: CsvTable): string[][] {
  const cols = table.header.map(() => new Array<string>(table.rows.length));
  for (let r = 0; r < table.rows.length; r += 1) {
    const row = table.rows[r] ?? [];
    for (let j = 0; j < cols.length; j += 1) (cols[j] as string[])[r] = row[j] ?? '';
  }
  return cols;
}

function usesDecimalComma(table: CsvTable): boolean {
  if (table.delimiter !== ';') return false;
  return table.rows.slice(0, 20).some((row) => row.some((cell) => /^-?\d+,\d+$/.test(cell.trim())));
}

function collectSeries(
  plan: RolePlan,
  header: string[],
  cells: Map<string, string[]>,
  profiles: Map<string, ColumnProfile>,
  rows: RowLocator,
  issues: FieldIssue[],
): Series[] {
  const numeric = (name: string, role: NumericRole): Series => ({
    name,
    role,
    values: numericColumn(
      name,
      role,
      profiles.get(name) as ColumnProfile,
      cells.get(name) ?? [],
      rows,
      issues,
    ),
  });
  const out: Series[] = [numeric(plan.kpi, 'KPI')];
  for (const c of plan.channels) out.push(numeric(c, 'channel'));
  for (const c of plan.controls) out.push(numeric(c, 'control'));
  for (const c of plan.events) out.push(numeric(c, 'event'));
  for (const c of plan.labelEvents) {
    for (const e of expandLabelEvents(c, cells.get(c) ?? [], header)) {
      out.push({ name: e.name, role: 'event', values: e.values });
    }
  }
  return out;
}

const COMBINE: Record<NumericRole, Combine> = {
  KPI: 'sum',
  channel: 'sum',
  control: 'mean',
  event: 'max',
};

/** How the CSV text came in. */
export interface ParseOptions {
  /**
   * Default true: messages name each row's line in the file beside its row number. False when
   * there is no file to look at (rows sent as JSON and written out as CSV text).
   */
  lineNumbers?: boolean;
}

/**
 * Reads a wide CSV (one row per period, or per geo and period) into a Dataset and a report.
 * Given the file's bytes, it finds their encoding (UTF-8, UTF-16 with a byte-order mark, else
 * Windows-1252 with a note in the report's warnings); given text, it reads the text.
 * Roles are detected from names and values unless `overrides` fixes them. Any unusable input throws
 * one MixPilotError 'unprocessable' whose message names the row, the column and the reason, with
 * every problem found in `issues`.
 */
export function parseDataset(
  csv: string | Uint8Array,
  overrides: SchemaOverrides = {},
  options: ParseOptions = {},
): { dataset: Dataset; report: ValidationReport } {
  const decoded = typeof csv === 'string' ? { text: csv } : decodeCsv(csv);
  const table = tokenizeCsv(decoded.text);
  const { header } = table;
  throwIfIssues(headerIssues(header));
  if (table.rows.length === 0)
    throw dataError([{ field: 'file', reason: 'The file has a header but no data rows' }]);
  const decimalComma = usesDecimalComma(table);
  const cells = new Map<string, string[]>();
  const profiles = new Map<string, ColumnProfile>();
  columnCells(table).forEach((col, j) => {
    const name = header[j] ?? '';
    if (name === '') return;
    cells.set(name, col);
    profiles.set(name, profileColumn(col, decimalComma));
  });
  const issues: FieldIssue[] = [];
  const locate = rowLocator(options.lineNumbers === false ? [] : table.lines);
  const dateColumn = chooseDateColumn(header, cells, overrides, locate, issues);
  throwIfIssues(issues);
  const parsedDates = readDates(dateColumn, cells.get(dateColumn) ?? [], overrides, locate);
  throwIfIssues(parsedDates.issues);
  const plan = detectRoles(header, profiles, dateColumn, overrides, issues);
  throwIfIssues(issues);
  if (plan.channels.length === 0) {
    throw dataError([
      {
        field: 'channels',
        reason: `No channel spend column found: name spend columns like tv_spend, tv_S, spend_tv or tv_cost, or give the channels (columns: ${header.filter((h) => h !== '').join(', ')})`,
      },
    ]);
  }
  const series = collectSeries(plan, header, cells, profiles, locate, issues);
  throwIfIssues(issues);
  const notes = [...(decoded.note ? [decoded.note] : []), ...plan.notes];
  let days = parsedDates.days;
  let rows = days.map((_, r) => r + 1);
  if (plan.geo !== undefined) {
    const folded = aggregateByDay(
      days,
      series.map((s) => ({ values: s.values, combine: COMBINE[s.role] })),
    );
    folded.series.forEach((values, k) => {
      (series[k] as Series).values = values;
    });
    notes.push(
      `${plan.geo}: ${folded.geos} geos summed into one national series (controls averaged)`,
    );
    plan.ignored.push({ column: plan.geo, reason: 'geography: rows summed per date' });
    days = folded.days;
    rows = folded.rows;
  }
  const order = days.map((_, i) => i).sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0) || a - b);
  for (let k = 1; k < order.length; k += 1) {
    const a = order[k - 1] ?? 0;
    const b = order[k] ?? 0;
    if (days[a] === days[b]) {
      const first = rows[a] ?? 0;
      const again = rows[b] ?? 0;
      issues.push({
        field: dateColumn,
        ...locate.at(again),
        reason: `Column ${dateColumn}: duplicate date ${isoDate(days[a] ?? 0)} in ${locate.label(first)} and ${locate.label(again)}; each period must appear once`,
      });
    }
  }
  throwIfIssues(issues);
  const sortedDays = order.map((i) => days[i] ?? 0);
  const freq = detectFrequency(
    dateColumn,
    sortedDays,
    order.map((i) => rows[i] ?? 0),
    locate,
    overrides.frequency,
  );
  throwIfIssues(freq.issues);
  for (const s of series) s.values = order.map((i) => s.values[i] ?? 0);
  return assemble(plan, series, sortedDays, dateColumn, freq.frequency, overrides, notes);
}
