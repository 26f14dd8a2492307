/** Numbers of the columns a dataset uses, with one issue per bad cell naming its row and column. */
import type { FieldIssue } from '../errors';
import type { ColumnProfile } from './cell-number';
import { isMissingCell } from './cell-number';
import { type RowLocator, sentence } from './row-label';

const MAX_CELL_ISSUES = 50;

export type NumericRole = 'KPI' | 'channel' | 'control' | 'event';

/**
 * Copies a profiled column into numbers. Empty, missing (`NA`) and non-numeric cells are issues;
 * negative spend is an issue; an event must hold only 0 and 1.
 */
export function numericColumn(
  column: string,
  role: NumericRole,
  profile: ColumnProfile,
  cells: string[],
  rows: RowLocator,
  issues: FieldIssue[],
): number[] {
  const out = new Array<number>(profile.values.length);
  let found = 0;
  for (let r = 0; r < profile.values.length; r += 1) {
    const v = profile.values[r] ?? Number.NaN;
    out[r] = v;
    let reason: string | undefined;
    if (Number.isNaN(v)) {
      const raw = (cells[r] ?? '').trim();
      reason = isMissingCell(raw)
        ? raw === ''
          ? 'empty cell'
          : `missing value '${raw}'`
        : `'${raw}' is not a number`;
      reason += ` (the ${role} ${column} needs a number in every period)`;
    } else if (role === 'channel' && v < 0) {
      reason = `negative spend ${v}; spend must be zero or more`;
    } else if (role === 'event' && v !== 0 && v !== 1) {
      reason = `event value ${v}; events must be 0 or 1 (give it as a control instead)`;
    }
    if (reason !== undefined) {
      found += 1;
      if (found <= MAX_CELL_ISSUES) {
        issues.push({
          field: column,
          ...rows.at(r + 1),
          reason: `${sentence(rows.label(r + 1))}, column ${column}: ${reason}`,
        });
      }
    }
  }
  return out;
}
