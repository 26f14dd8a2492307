import type { Context, Hono } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';
import type { AppEnv } from '../app-types';
import { errorResponse } from './error-response';

/**
 * The app's not-found handler: a path that some route answers with other methods is a 405 naming
 * them in `Allow` (`OPTIONS` gets 204 with `Allow`); a path no route answers is a 404. The routes
 * are read from the app itself once, on first use, so every route (mounts included) counts.
 */
export function notFoundOrNotAllowed(app: Hono<AppEnv>) {
  let router: TrieRouter<true> | undefined;
  let methods: string[] = [];
  const allowed = (path: string): string[] => {
    if (!router) {
      router = new TrieRouter<true>();
      const seen = new Set<string>();
      for (const route of app.routes) {
        if (route.method === 'ALL') continue; // middleware, not an endpoint
        router.add(route.method, route.path, true);
        seen.add(route.method);
      }
      methods = [...seen];
    }
    const found = methods.filter((m) => (router?.match(m, path)[0].length ?? 0) > 0);
    if (found.includes('GET')) found.push('HEAD');
    return found.sort();
  };
  return (c: Context<AppEnv>): Response => {
    const allow = allowed(c.req.path);
    // No route for the path, or its own route found nothing there (a missing asset): 404.
    if (allow.length === 0 || allow.includes(c.req.method))
      return errorResponse(c, 404, 'not_found', `no route for ${c.req.method} ${c.req.path}`);
    const header = [...allow, 'OPTIONS'].sort().join(', ');
    c.header('Allow', header);
    if (c.req.method === 'OPTIONS') return c.body(null, 204);
    return errorResponse(
      c,
      405,
      'method_not_allowed',
      `${c.req.method} is not allowed on ${c.req.path}; it answers ${allow.join(', ')}`,
      [{ field: 'method', reason: `use ${allow.join(', ')}` }],
    );
  };
}
