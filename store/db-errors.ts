import { MixPilotError } from '../tools';

/** SQLSTATE codes this store maps to MixPilot errors. */
export const UNIQUE_VIOLATION = '23505';
export const FOREIGN_KEY_VIOLATION = '23503';

/** The PostgreSQL error inside a driver or drizzle error (drizzle wraps it as `cause`). */
export function pgErrorOf(error: unknown): { code: string; constraint?: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      const constraint = e.constraint ?? e.constraint_name;
      return typeof constraint === 'string' ? { code: e.code, constraint } : { code: e.code };
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether `error` is a violation of the given SQLSTATE (optionally of one named constraint). */
export function isViolation(error: unknown, code: string, constraint?: string): boolean {
  const pg = pgErrorOf(error);
  if (!pg || pg.code !== code) return false;
  return constraint === undefined || pg.constraint === constraint;
}

/** `<what> <id> was not found` as a not_found MixPilotError. */
export function notFound(what: string, id: string): MixPilotError {
  return new MixPilotError('not_found', `${what} '${id}' was not found`);
}

/** A conflict on one field, e.g. a duplicate name. */
export function conflict(field: string, reason: string): MixPilotError {
  return new MixPilotError('conflict', `${field}: ${reason}`, { issues: [{ field, reason }] });
}

/** Checks a required, trimmed, bounded text field and returns it trimmed. */
export function requireText(field: string, value: string, max = 200): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > max) {
    const reason = text.length === 0 ? 'must not be empty' : `must be at most ${max} characters`;
    throw new MixPilotError('unprocessable', `${field}: ${reason}`, {
      issues: [{ field, reason }],
    });
  }
  return text;
}
