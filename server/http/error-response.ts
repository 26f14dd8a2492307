import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, type FieldIssue, isMixPilotError } from '../../tools';
import type { AppEnv, Logger } from '../app-types';

/** HTTP status of each MixPilot error code. */
export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  upstream: 502,
  internal: 500,
};

/** The one error body of the API. */
export interface ErrorBody {
  error: { code: string; message: string; issues: FieldIssue[]; requestId?: string };
}

/** Builds the JSON error response; every error the API sends goes through here. */
export function errorResponse(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues: FieldIssue[] = [],
): Response {
  const requestId = c.get('requestId');
  const body: ErrorBody = { error: { code, message, issues, ...(requestId ? { requestId } : {}) } };
  return c.json(body, status);
}

/**
 * The app's `onError`: MixPilotError codes become their status with the message and issues;
 * anything else is logged with its stack and answered with a generic 500 naming the request id.
 */
export function handleError(logger: Logger) {
  return (error: Error, c: Context<AppEnv>): Response => {
    if (isMixPilotError(error)) {
      const status = STATUS_OF[error.code] ?? 500;
      if (status >= 500) {
        logger.error('request failed', {
          requestId: c.get('requestId'),
          code: error.code,
          error: error.message,
          cause: error.cause instanceof Error ? error.cause.message : undefined,
        });
      }
      const message =
        error.code === 'internal'
          ? `internal error (request ${c.get('requestId')})`
          : error.message;
      return errorResponse(c, status, error.code, message, error.issues);
    }
    logger.error('unhandled error', {
      requestId: c.get('requestId'),
      error: error.message,
      stack: error.stack,
    });
    return errorResponse(c, 500, 'internal', `internal error (request ${c.get('requestId')})`);
  };
}
