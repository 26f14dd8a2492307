import { parse as parseYaml } from 'yaml';
import type { FieldIssue } from '../../tools';
import { fieldIssuesOf, fieldPath, MixPilotError, readableReason } from '../../tools';
import { type Suite, suiteSchema } from './suite-schema';

/** Options of `parseSuite`. */
export interface ParseSuiteOptions {
  /** `yaml`, `jsonl`, or detected from the text when omitted. */
  format?: 'yaml' | 'jsonl';
  /** Suite name when a JSONL file has no header line, e.g. the file name. */
  name?: string;
}

function invalidSuite(issues: FieldIssue[]): MixPilotError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new MixPilotError(
    'invalid_input',
    `suite: ${first ? `${first.field}: ${first.reason}` : 'invalid'}${more}`,
    { issues },
  );
}

function looksLikeJsonl(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  // A whole suite on one line (what JSON.stringify sends) is a suite, not a one-case JSONL file.
  if (lines.length === 1 && isSuiteObject(lines[0] as string)) return false;
  return lines.every((l) => {
    const t = l.trim();
    if (!t.startsWith('{') || !t.endsWith('}')) return false;
    try {
      JSON.parse(t);
      return true;
    } catch {
      return false;
    }
  });
}

/** True when a line is a JSON object with a `cases` list: a whole suite written as JSON. */
function isSuiteObject(line: string): boolean {
  try {
    const parsed = JSON.parse(line) as unknown;
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      Array.isArray((parsed as { cases?: unknown }).cases)
    );
  } catch {
    return false;
  }
}

/**
 * JSONL: one case per line; a line `{ "suite": { name, defaults, thresholds } }` sets the rest.
 */
function readJsonl(text: string, name: string | undefined): unknown {
  let header: Record<string, unknown> = {};
  const cases: unknown[] = [];
  const issues: FieldIssue[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const value = JSON.parse(line) as Record<string, unknown>;
      if (value && typeof value === 'object' && 'suite' in value)
        header = value.suite as Record<string, unknown>;
      else cases.push(value);
    } catch (error) {
      issues.push({ field: `line ${i + 1}`, reason: (error as Error).message });
    }
  });
  if (issues.length > 0) throw invalidSuite(issues);
  return { name: name ?? 'suite', ...header, cases };
}

function fieldOf(raw: unknown, path: PropertyKey[]): string {
  const parts: string[] = [];
  let rest = path;
  if (path[0] === 'cases' && typeof path[1] === 'number') {
    const entry = (raw as { cases?: unknown[] })?.cases?.[path[1]] as { id?: unknown } | undefined;
    const id = typeof entry?.id === 'string' ? `'${entry.id}' ` : '';
    parts.push(`case ${id}(cases[${path[1]}])`);
    rest = path.slice(2);
  }
  const tail = fieldPath(rest);
  if (tail) parts.push(tail);
  return parts.join(' ') || 'suite';
}

/**
 * Reads a suite from YAML or JSONL text and validates it. Errors name the case (by id and
 * position) and the field, e.g. `case 'move-tv' (cases[3]) turns[0].expect.tools[0].name: ...`.
 */
export function parseSuite(text: string, options: ParseSuiteOptions = {}): Suite {
  const format = options.format ?? (looksLikeJsonl(text) ? 'jsonl' : 'yaml');
  let raw: unknown;
  if (format === 'jsonl') raw = readJsonl(text, options.name);
  else {
    try {
      raw = parseYaml(text, { prettyErrors: true });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? 'cannot read YAML';
      throw invalidSuite([{ field: 'yaml', reason: message }]);
    }
    if (raw && typeof raw === 'object' && !('name' in raw) && options.name)
      raw = { name: options.name, ...raw };
  }
  const parsed = suiteSchema.safeParse(raw, { error: readableReason });
  if (!parsed.success)
    throw invalidSuite(fieldIssuesOf(parsed.error, { name: (path) => fieldOf(raw, path) }));
  const seen = new Set<string>();
  const dupes: FieldIssue[] = [];
  parsed.data.cases.forEach((c, i) => {
    if (seen.has(c.id))
      dupes.push({ field: `case '${c.id}' (cases[${i}]) id`, reason: 'used by an earlier case' });
    seen.add(c.id);
  });
  if (dupes.length > 0) throw invalidSuite(dupes);
  return parsed.data;
}
