/** Finding a column the user named in the header: exact, case-insensitive, or ignoring punctuation. */
import type { FieldIssue } from '../errors';
import { compact } from './channel-names';
import { editDistance } from './edit-distance';

/** Up to three header names nearest in spelling. */
export function closestColumns(name: string, header: string[]): string[] {
  const key = compact(name);
  return header
    .filter((h) => h !== '')
    .map((h, i) => ({ h, i, d: editDistance(key, compact(h)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, 3)
    .map((x) => x.h);
}

/** The header name a user's column name refers to, or an issue naming the closest columns. */
export function findColumn(
  name: string,
  header: string[],
  role: string,
): { column?: string; issue?: FieldIssue } {
  if (header.includes(name)) return { column: name };
  const lower = name.trim().toLowerCase();
  const caseless = header.find((h) => h.toLowerCase() === lower);
  if (caseless !== undefined) return { column: caseless };
  const key = compact(name);
  const loose = header.find((h) => h !== '' && compact(h) === key);
  if (loose !== undefined) return { column: loose };
  const closest = closestColumns(name, header);
  return {
    issue: {
      field: role,
      reason: `Unknown column '${name}' given as ${role}: the file has no such column (closest: ${closest.join(', ')})`,
    },
  };
}
