import { type FieldIssue, MixPilotError } from '../errors';
import { sentence } from './row-label';

const MAX_ISSUES = 50;

/**
 * One issue as a readable sentence; reasons are written to stand alone
 * ("Row 14 (line 15 of the file), column tv_S: ...").
 */
export function describeIssue(issue: FieldIssue): string {
  return sentence(issue.reason);
}

/**
 * The one error for unusable data: the first problem as the message (with a count of the others)
 * and every problem, up to fifty, in `issues`.
 */
export function dataError(issues: FieldIssue[], lead?: string): MixPilotError {
  const first = issues[0];
  const head = lead ?? (first ? describeIssue(first) : 'The data cannot be used');
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})`
      : '';
  return new MixPilotError('unprocessable', `${head}${more}`, {
    issues: issues.slice(0, MAX_ISSUES),
  });
}

/** Throws the data error when there is any issue. */
export function throwIfIssues(issues: FieldIssue[]): void {
  if (issues.length > 0) throw dataError(issues);
}
