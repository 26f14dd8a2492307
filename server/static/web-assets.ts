import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../app-types';

/** The shipped widget folder. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

interface Asset {
  body: Uint8Array;
  type: string;
  etag: string;
  cache: string;
}

function load(file: string, cache: string): Asset | undefined {
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!type) return undefined;
  const body = readFileSync(file);
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  return { body: new Uint8Array(body), type, etag, cache };
}

function walk(dir: string, prefix: string, out: Map<string, Asset>): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`, out);
    else if (!name.endsWith('.test.ts') && !name.startsWith('.')) {
      const asset = load(full, 'public, max-age=300, stale-while-revalidate=86400');
      if (asset) out.set(`${prefix}${name}`, asset);
    }
  }
}

/**
 * Serves the widget from memory: `/` (index.html) and `/widget.js` revalidated on every use
 * (stable URLs embedded in other sites), `/assets/*` cached for five minutes; all with ETags.
 * Only files under `assets/` plus those two are reachable.
 */
export function mountWebAssets(app: Hono<AppEnv>, root: string = WEB_ROOT): void {
  const files = new Map<string, Asset>();
  const index = path.join(root, 'index.html');
  const widget = path.join(root, 'widget.js');
  if (existsSync(index)) files.set('/', load(index, 'no-cache') as Asset);
  if (existsSync(widget)) files.set('/widget.js', load(widget, 'no-cache') as Asset);
  const assets = path.join(root, 'assets');
  if (existsSync(assets)) walk(assets, '/assets/', files);
  const serve = (key: string) => (c: Context<AppEnv>) => {
    const asset = files.get(key);
    if (!asset) return c.notFound();
    const headers = { ETag: asset.etag, 'Cache-Control': asset.cache, 'Content-Type': asset.type };
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304, headers);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, headers);
  };
  app.get('/', serve('/'));
  app.get('/index.html', serve('/'));
  app.get('/widget.js', serve('/widget.js'));
  app.get('/assets/*', (c) => serve(c.req.path)(c));
}
