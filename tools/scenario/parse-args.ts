import type { z } from 'zod';
import { MixPilotError } from '../errors';
import { fieldIssuesOf, readableReason } from '../zod-issues';

/**
 * Validates tool arguments with their zod schema; failures become one MixPilotError
 * 'invalid_input' whose issues name each field (`changes[0].percent`) and the reason.
 */
export function parseArgs<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: readableReason });
  if (result.success) return result.data;
  const issues = fieldIssuesOf(result.error);
  const message = issues.map((i) => (i.field ? `${i.field}: ${i.reason}` : i.reason)).join('; ');
  throw new MixPilotError('invalid_input', message, { issues });
}
