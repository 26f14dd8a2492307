/** Retry policy for calls to hosted APIs. */
export interface RetryOptions {
  /** Retries after the first attempt, default 4. */
  retries?: number;
  /** First backoff in ms, doubled each retry, default 500. */
  baseDelayMs?: number;
  /** Longest single wait in ms, default 20 000. */
  maxDelayMs?: number;
  /** Injected so tests do not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/** What the retry loop needs to know about a failure. */
export interface RetryDecision {
  retry: boolean;
  /** Server-requested wait (Retry-After), in ms. */
  afterMs?: number;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn`, retrying failures that `classify` marks retryable with exponential backoff
 * (base × 2^attempt, capped, or the server's Retry-After when longer). Deterministic: no jitter.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  classify: (error: unknown) => RetryDecision,
  options: RetryOptions = {},
): Promise<T> {
  const retries = options.retries ?? 4;
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 20_000;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const decision = classify(error);
      if (!decision.retry || attempt >= retries) throw error;
      await sleep(Math.min(max, Math.max(base * 2 ** attempt, decision.afterMs ?? 0)));
    }
  }
}

/** Parses a Retry-After header (seconds or an HTTP date) into ms. */
export function retryAfterMs(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}
