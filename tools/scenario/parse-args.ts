import type { z } from 'zod';
import type { FieldIssue } from '../errors';
import { MixPilotError } from '../errors';

/**
 * Validates tool arguments with their zod schema; failures become one MixPilotError
 * 'invalid_input' whose issues name each field (`changes[0].percent`) and the reason.
 */
export function parseArgs<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: fieldPath(issue.path),
    reason: issue.message,
  }));
  const message = issues.map((i) => (i.field ? `${i.field}: ${i.reason}` : i.reason)).join('; ');
  throw new MixPilotError('invalid_input', message, { issues });
}

function fieldPath(path: PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
