import type { Context } from 'hono';
import type { AppEnv } from '../app-types';

/** The request's media type, lower case without parameters; JSON when none is sent. */
export function mediaType(c: Context<AppEnv>): string {
  return (
    (c.req.header('content-type') ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? ''
  );
}
