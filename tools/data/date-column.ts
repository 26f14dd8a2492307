/** Finding and reading the date column. */
import type { FieldIssue } from '../errors';
import { findColumn } from './column-lookup';
import { isDateName } from './column-patterns';
import type { SchemaOverrides } from './dataset-types';
import { looksLikeDates, parseDateColumn, READABLE_DATE_FORMATS, splitDate } from './date-parse';
import { type RowLocator, sentence } from './row-label';

/** The date column (given, else the first date-named column holding dates, else the first holding dates). */
export function chooseDateColumn(
  header: string[],
  cells: Map<string, string[]>,
  overrides: SchemaOverrides,
  rows: RowLocator,
  issues: FieldIssue[],
): string {
  if (overrides.date !== undefined) {
    const { column, issue } = findColumn(overrides.date, header, 'date');
    if (issue) issues.push(issue);
    return column ?? '';
  }
  const holdsDates = (h: string) => h !== '' && looksLikeDates(cells.get(h) ?? []);
  const named = header.find((h) => isDateName(h) && holdsDates(h));
  const found =
    named ?? header.find((h) => holdsDates(h) && !/^\d+$/.test((cells.get(h)?.[0] ?? '').trim()));
  if (found !== undefined) return found;
  // A column named like a date whose values are in a format MixPilot does not read: say which.
  const dateNamed = header.find((h) => isDateName(h));
  const values = dateNamed ? (cells.get(dateNamed) ?? []) : [];
  const row = values.findIndex((v) => v.trim() !== '' && splitDate(v) === null);
  const sample = values[row];
  if (dateNamed && sample !== undefined) {
    issues.push({
      field: dateNamed,
      ...rows.at(row + 1),
      reason: `${sentence(rows.label(row + 1))}, column ${dateNamed}: '${sample.trim()}' is not a date format MixPilot reads (${READABLE_DATE_FORMATS})`,
    });
    return '';
  }
  issues.push({
    field: 'date',
    reason: `No date column found: no column holds dates such as 2024-01-31 (columns: ${header.filter((h) => h !== '').join(', ')}); give the date column`,
  });
  return '';
}

/** Day numbers of the date column, with issues naming unreadable rows. */
export function readDates(
  column: string,
  cells: string[],
  overrides: SchemaOverrides,
  rows: RowLocator,
): { days: number[]; issues: FieldIssue[] } {
  return parseDateColumn(column, cells, rows, overrides.dateFormat ?? 'auto');
}
