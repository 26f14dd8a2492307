import type { Context } from 'hono';
import { MixPilotError } from '../../tools';
import type { AppEnv } from '../app-types';

/** The request's media type, lower case without parameters; JSON when none is sent. */
export function mediaType(c: Context<AppEnv>): string {
  return (
    (c.req.header('content-type') ?? 'application/json').split(';')[0]?.trim().toLowerCase() ?? ''
  );
}

/** True for JSON media types (`application/json`, `application/*+json`). */
export function isJsonType(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json');
}

/** The 415 of a body sent in a media type the endpoint does not read, naming the ones it does. */
export function unsupportedMediaType(type: string, accepted: string[]): MixPilotError {
  const list =
    accepted.length > 1
      ? `${accepted.slice(0, -1).join(', ')} or ${accepted[accepted.length - 1]}`
      : (accepted[0] ?? '');
  const reason = `${type} is not accepted here; send ${list}`;
  return new MixPilotError('unsupported_media_type', `content-type: ${reason}`, {
    issues: [{ field: 'content-type', reason }],
  });
}
