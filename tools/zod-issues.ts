/**
 * Zod issues as MixPilot field issues: every place that validates input with a zod schema (HTTP
 * requests, tool arguments, eval suites, the environment) names fields one way
 * (`calibration[0].sd`) and gives reasons as readable phrases ("must be at least 0"), never
 * zod's own wording ("Too small: expected number to be >=0").
 */
import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** `calibration[0].sd`: keys joined with dots, array positions in brackets. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  map: 'an object',
  date: 'a date',
  null: 'null',
};

const FORMATS: Record<string, string> = {
  regex: 'is not in the expected format',
  date: 'must be a date written YYYY-MM-DD',
  datetime: 'must be a date and time written as in 2024-03-04T09:30:00Z',
  email: 'must be an email address',
  url: 'must be a URL',
  uuid: 'must be a UUID',
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return 'a number';
  if (typeof input === 'boolean') return 'true or false';
  return typeof input === 'object' ? 'an object' : typeof input;
}

const quoted = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function sizeReason(issue: z.core.$ZodRawIssue, side: 'min' | 'max'): string | undefined {
  const i = issue as { origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean };
  const bound = String(side === 'min' ? i.minimum : i.maximum);
  const inclusive = i.inclusive !== false;
  switch (i.origin) {
    case 'number':
    case 'bigint':
      if (side === 'min') return inclusive ? `must be at least ${bound}` : `must be above ${bound}`;
      return inclusive ? `must be at most ${bound}` : `must be below ${bound}`;
    case 'string':
      if (side === 'min' && bound === '1') return 'must not be empty';
      return `must be at ${side === 'min' ? 'least' : 'most'} ${bound} characters long`;
    case 'array':
    case 'set':
      if (side === 'min' && bound === '1') return 'must not be empty';
      return `must have at ${side === 'min' ? 'least' : 'most'} ${bound} items`;
    case 'date':
      return `must be ${side === 'min' ? 'on or after' : 'on or before'} ${bound}`;
    default:
      return undefined;
  }
}

/**
 * A zod error map giving readable reasons for zod's built-in checks. Pass it to `safeParse(v,
 * { error: readableReason })`: a message the schema sets itself still wins over it.
 */
export const readableReason = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      // A coerced value that did not read as a number arrives as NaN: nothing more to say.
      if (Number.isNaN(issue.input)) return `must be ${expected}`;
      return `must be ${expected}, not ${received(issue.input)}`;
    }
    case 'too_small':
      return sizeReason(issue, 'min');
    case 'too_big':
      return sizeReason(issue, 'max');
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${quoted(issue.values[0])}`
        : `must be one of ${issue.values.map(quoted).join(', ')}`;
    case 'invalid_format':
      return FORMATS[issue.format] ?? `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod
        ?.def?.shape;
      const known = shape ? Object.keys(shape) : [];
      return known.length > 0
        ? `is not a known field (known: ${known.join(', ')})`
        : 'is not a known field';
    }
    case 'invalid_union':
      return 'does not match any of the accepted forms';
    case 'invalid_key':
      return 'has a key that is not valid';
    case 'invalid_element':
      return 'has a value that is not valid';
    case 'custom':
      return 'is not valid';
    default:
      return undefined;
  }
};

type Issue = z.core.$ZodIssue;

/** How far a failed union branch got: its deepest issue, a type mismatch counting least. */
function progress(issues: Issue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
}

/** A failed union's issues replaced by those of the branch that got furthest (then fewest). */
function flatten(issues: readonly Issue[], prefix: PropertyKey[]): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort(
        (a, b) => progress(b) - progress(a) || a.length - b.length,
      )[0];
      if (best && best.length > 0) return flatten(best, path);
    }
    return [{ ...issue, path } as Issue];
  });
}

/**
 * The field issues of a failed parse: unions reduced to their closest branch, one issue per
 * unknown key (named as its own field), fields written by `name` (default `fieldPath`, with
 * `fallback` for the input as a whole).
 */
export function fieldIssuesOf(
  error: { issues: readonly Issue[] },
  options: { fallback?: string; name?: (path: PropertyKey[]) => string } = {},
): FieldIssue[] {
  const name =
    options.name ?? ((path: PropertyKey[]) => fieldPath(path) || (options.fallback ?? ''));
  return flatten(error.issues, []).flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: name([...issue.path, key]), reason: issue.message }))
      : [{ field: name(issue.path), reason: issue.message }],
  );
}
