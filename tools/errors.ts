/**
 * The one error type of MixPilot. Every part throws it for expected failures; the HTTP layer maps
 * `code` to a status once, the CLI prints `message` as one line and exits non-zero.
 */
export type ErrorCode =
  | 'invalid_input' // 400: malformed request or arguments
  | 'unauthorized' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'method_not_allowed' // 405: a known path, another method
  | 'conflict' // 409
  | 'payload_too_large' // 413
  | 'unsupported_media_type' // 415: a body in a content type the endpoint does not read
  | 'unprocessable' // 422: well-formed but unusable (bad data, infeasible constraints)
  | 'rate_limited' // 429
  | 'upstream' // 502: a hosted dependency failed
  | 'internal'; // 500

/** One problem with one field of the input (a CSV column, a row, a request property). */
export interface FieldIssue {
  /** Dotted path or column name, e.g. `spend.tv`, `rows[12].date`, `channels`. */
  field: string;
  reason: string;
  /** 1-based data row (the header is not counted), when the problem is in a CSV row. */
  row?: number;
  /** 1-based line of the file on which that row starts (what an editor shows), with `row`. */
  line?: number;
}

export class MixPilotError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(
    code: ErrorCode,
    message: string,
    options: { issues?: FieldIssue[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MixPilotError';
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

/** Shorthand for the common case: one bad field, one reason. */
export function invalid(
  field: string,
  reason: string,
  code: ErrorCode = 'unprocessable',
): MixPilotError {
  return new MixPilotError(code, `${field}: ${reason}`, { issues: [{ field, reason }] });
}

export function isMixPilotError(error: unknown): error is MixPilotError {
  return error instanceof MixPilotError;
}
