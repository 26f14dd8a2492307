import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import type { AppDeps, AppEnv } from './app-types';
import { authenticate } from './auth/authenticate';
import { cachedActiveModels } from './http/active-models';
import { errorResponse, handleError } from './http/error-response';
import { notFoundOrNotAllowed } from './http/method-not-allowed';
import { rateLimit } from './http/rate-limit';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { renderDocsPage } from './openapi/docs-page';
import { buildOpenApi } from './openapi/openapi-document';
import { RouteRegistry } from './openapi/route-spec';
import { chatRoutes } from './routes/chat-routes';
import { datasetRoutes } from './routes/dataset-routes';
import { documentRoutes } from './routes/document-routes';
import { keyRoutes } from './routes/key-routes';
import { modelRoutes } from './routes/model-routes';
import { planRoutes } from './routes/plan-routes';
import { scenarioRoutes } from './routes/scenario-routes';
import { systemRoutes } from './routes/system-routes';
import { mountWebAssets } from './static/web-assets';

const KB = 1024;
const MB = 1024 * KB;

/** The MixPilot HTTP app, plus its OpenAPI document. */
export type MixPilotApp = Hono<AppEnv> & { openapi: Record<string, unknown> };

function limit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      errorResponse(
        c as never,
        413,
        'payload_too_large',
        `body larger than ${Math.round(maxSize / KB)} kB`,
        [{ field: 'body', reason: `at most ${maxSize} bytes` }],
      ),
  });
}

/**
 * Builds the HTTP app: REST routes, chat (JSON and SSE), OpenAPI document and reference page,
 * the web widget, and any extra mounts (Slack). Requests get an id, a log line, security headers,
 * CORS for configured origins, body limits, authentication to a workspace and a rate limit; every
 * error leaves as the one JSON error shape.
 */
export function createApp(deps: AppDeps): MixPilotApp {
  const app = new Hono<AppEnv>();
  const registry = new RouteRegistry();
  const json = deps.limits?.json ?? 64 * KB;
  const upload = deps.limits?.upload ?? 10 * MB;

  app.use(requestId({ limitLength: 128 }));
  app.use(requestLog(deps.logger));
  app.use(securityHeaders());
  if (deps.corsOrigins && deps.corsOrigins.length > 0) {
    const origins = deps.corsOrigins;
    app.use(
      '/api/*',
      cors({
        origin: origins.includes('*') ? '*' : origins,
        allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Request-Id'],
        allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
        exposeHeaders: ['X-Request-Id', 'Retry-After'],
        maxAge: 600,
      }),
    );
  }
  app.post('/api/datasets', limit(upload));
  app.post('/api/evals', limit(MB));
  app.post('/api/documents', limit(MB));
  const ownLimit = new Set(['/api/datasets', '/api/evals', '/api/documents']);
  app.use('/api/*', async (c, next) => (ownLimit.has(c.req.path) ? next() : limit(json)(c, next)));
  app.use('/api/*', authenticate(deps.store, deps.auth));
  if (deps.rateLimit)
    app.use('/api/*', rateLimit(deps.rateLimit, { trustProxy: deps.trustProxy ?? false }));

  const models = cachedActiveModels(deps.workspaces);
  chatRoutes(app, registry, deps);
  datasetRoutes(app, registry, deps, models);
  modelRoutes(app, registry, deps, models);
  planRoutes(app, registry, deps, models);
  scenarioRoutes(app, registry, deps, models);
  systemRoutes(app, registry, deps);
  keyRoutes(app, registry, deps);
  documentRoutes(app, registry, deps);

  const openapi = buildOpenApi(registry.specs, { version: deps.version ?? '0.1.0' });
  const docs = renderDocsPage(openapi);
  app.get('/openapi.json', (c) => c.json(openapi));
  app.get('/docs', (c) => c.html(docs));
  mountWebAssets(app, deps.webRoot);
  for (const mount of deps.mounts ?? []) mount(app);

  app.notFound(notFoundOrNotAllowed(app));
  app.onError(handleError(deps.logger));
  return Object.assign(app, { openapi });
}
