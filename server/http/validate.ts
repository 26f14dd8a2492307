import type { z } from 'zod';
import { type FieldIssue, MixPilotError } from '../../tools';

/** Where an input came from, for field names in errors. */
export type InputSource = 'body' | 'query' | 'params';

/**
 * Parses an input with its schema; a failure is a 400 `invalid_input` whose issues name every
 * bad field (`budget`, `allocation.tv`) and why.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: InputSource,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = flatten(parsed.error.issues, []).map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : source,
    reason: issue.message,
  }));
  const first = issues[0];
  throw new MixPilotError(
    'invalid_input',
    first ? `${first.field}: ${first.reason}` : `${source}: invalid`,
    { issues },
  );
}

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/** Replaces a failed union by the issues of its closest branch (the one with fewest issues). */
function flatten(
  issues: readonly Issue[],
  prefix: PropertyKey[],
): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      if (closest.length > 0) return flatten(closest, path);
    }
    return [{ path, message: issue.message }];
  });
}

/** Reads a JSON body; malformed JSON is a 400 naming the body. */
export async function readJson(req: { text(): Promise<string> }): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new MixPilotError('invalid_input', 'body: not valid JSON', {
      issues: [{ field: 'body', reason: 'not valid JSON' }],
    });
  }
}
