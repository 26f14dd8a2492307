import type { z } from 'zod';
import { fieldIssuesOf, MixPilotError, readableReason } from '../../tools';

/** Where an input came from, for field names in errors. */
export type InputSource = 'body' | 'query' | 'params';

/**
 * Parses an input with its schema; a failure is a 400 `invalid_input` whose issues name every
 * bad field (`budget`, `allocation.tv`, `calibration[0].sd`) and why, in words.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: InputSource,
): z.output<S> {
  const parsed = schema.safeParse(value, { error: readableReason });
  if (parsed.success) return parsed.data;
  const issues = fieldIssuesOf(parsed.error, { fallback: source });
  const first = issues[0];
  throw new MixPilotError(
    'invalid_input',
    first ? `${first.field}: ${first.reason}` : `${source}: invalid`,
    { issues },
  );
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
