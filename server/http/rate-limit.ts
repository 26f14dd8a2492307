import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, RateLimitConfig } from '../app-types';
import { errorResponse } from './error-response';
import { TokenBuckets } from './token-bucket';

/** The client address: the socket's, or the first `X-Forwarded-For` hop behind a trusted proxy. */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Limits requests per API key or token (per client address for credential-less local calls)
 * with a token bucket; over the limit the answer is 429 with `Retry-After` in seconds.
 */
export function rateLimit(
  config: RateLimitConfig,
  options: { trustProxy: boolean; now?: () => number },
): MiddlewareHandler<AppEnv> {
  if (config.perMinute <= 0) return (_c, next) => next();
  const burst = config.burst ?? Math.max(10, Math.round(config.perMinute / 10));
  const buckets = new TokenBuckets(config.perMinute, burst, options.now);
  return async (c, next) => {
    const principal = c.get('principal');
    const key =
      principal && principal.kind !== 'local'
        ? `${principal.kind}:${principal.id}`
        : `ip:${clientAddress(c, options.trustProxy)}`;
    const waitMs = buckets.take(key);
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      c.header('Retry-After', String(seconds));
      return errorResponse(
        c,
        429,
        'rate_limited',
        `too many requests: try again in ${seconds} s (limit ${config.perMinute} per minute)`,
      );
    }
    await next();
  };
}
