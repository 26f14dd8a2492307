import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-types';

const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Security headers on every response. The chat page `/` may be framed by any site (the widget
 * embeds it), so it gets `frame-ancestors *` and no X-Frame-Options; other pages refuse framing.
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    const type = h.get('content-type') ?? '';
    if (type.startsWith('text/html')) {
      const framable = c.req.path === '/' || c.req.path === '/index.html';
      h.set(
        'Content-Security-Policy',
        [...PAGE_CSP, `frame-ancestors ${framable ? '*' : "'none'"}`].join('; '),
      );
      if (!framable) h.set('X-Frame-Options', 'DENY');
    }
    if (c.req.path.startsWith('/api/'))
      h.set('Cache-Control', h.get('Cache-Control') ?? 'no-store');
  };
}
