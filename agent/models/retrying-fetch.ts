/** How the hosted model's HTTP calls are retried. */
export interface RetryPolicy {
  /** Retries after the first attempt on 408, 409, 429, 5xx and connection failures. */
  maxRetries: number;
  /** Per attempt, before it is abandoned and retried. */
  timeoutMs: number;
  /** First backoff; doubles per retry, capped at 8 s. The server's `Retry-After(-ms)` (≤ 60 s) replaces it. */
  baseDelayMs: number;
  /** Waits between attempts; injectable so tests need not sleep. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

type Fetch = typeof globalThis.fetch;

const RETRY_STATUS = new Set([408, 409, 429, 500, 502, 503, 504]);
const MAX_DELAY = 8_000;
const MAX_HINT = 60_000;

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The server's hint in `retry-after-ms` or `retry-after` (seconds or an HTTP date), in ms. */
export function retryAfterMs(headers: Headers): number | undefined {
  const ms = Number(headers.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get('retry-after');
  if (raw === null || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * A fetch for the OpenAI client that retries rate limits, server errors, timeouts and dropped
 * connections with exponential backoff (honouring the server's Retry-After), and gives each
 * attempt its own timeout. The caller's abort signal stops it at once; client errors (4xx other
 * than 408/409/429) are returned as they are.
 */
export function retryingFetch(policy: RetryPolicy, base?: Fetch): Fetch {
  const sleep = policy.sleep ?? wait;
  return async (input, init) => {
    const outer = init?.signal ?? undefined;
    let attempt = 0;
    for (;;) {
      const perAttempt = AbortSignal.timeout(policy.timeoutMs);
      const signal = outer ? AbortSignal.any([outer, perAttempt]) : perAttempt;
      let hint: number | undefined;
      try {
        const response = await (base ?? globalThis.fetch)(input, { ...init, signal });
        if (!RETRY_STATUS.has(response.status) || attempt >= policy.maxRetries) return response;
        hint = retryAfterMs(response.headers);
        await response.arrayBuffer().catch(() => undefined);
      } catch (error) {
        if (outer?.aborted || attempt >= policy.maxRetries) throw error;
      }
      const backoff = Math.min(MAX_DELAY, policy.baseDelayMs * 2 ** attempt);
      const delay = hint !== undefined && hint <= MAX_HINT ? hint : backoff;
      await sleep(delay, outer);
      attempt += 1;
    }
  };
}
