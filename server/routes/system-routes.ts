import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { isMixPilotError, MixPilotError } from '../../tools';
import type { AppDeps, AppEnv, ReadinessCheck } from '../app-types';
import { errorResponse } from '../http/error-response';
import type { RouteRegistry } from '../openapi/route-spec';
import { idParams, looseObject } from '../schemas/common';

const evalStartedSchema = z.object({ id: z.string(), status: z.string() });
const suiteTextSchema = z.string().describe('The eval suite as YAML (or JSON) text.');

/**
 * Default readiness: the database answers a query. Whether a workspace has data or a model yet
 * says nothing about whether the service can serve requests, so it is not checked (a workspace
 * without a model is answered per request, and `GET /api/workspace` shows its state).
 */
export function defaultReadiness(deps: AppDeps): ReadinessCheck {
  const workspaceId = deps.auth.localWorkspace ?? 'demo';
  return async () => {
    try {
      await deps.store.workspaces.get(workspaceId);
      return { database: true };
    } catch (error) {
      // A missing workspace is an answer from the database, not a failure of it.
      return { database: isMixPilotError(error) && error.code === 'not_found' };
    }
  };
}

/** Health, readiness and eval runs. */
export function systemRoutes(app: Hono<AppEnv>, registry: RouteRegistry, deps: AppDeps): void {
  const ready = deps.ready ?? defaultReadiness(deps);

  registry.add(
    app,
    {
      method: 'get',
      path: '/health',
      tag: 'Service',
      summary: 'Liveness',
      auth: false,
      responses: {
        200: { description: 'The process is up', schema: z.object({ status: z.literal('ok') }) },
      },
    },
    (c) => c.json({ status: 'ok' as const }),
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/ready',
      tag: 'Service',
      summary: 'Readiness',
      description:
        '200 when the service can serve requests (its database and vector store answer), else 503 naming the failing check. A workspace without data or a model yet does not make the service unready.',
      auth: false,
      responses: {
        200: {
          description: 'Ready',
          schema: z.object({ status: z.string(), checks: z.record(z.string(), z.boolean()) }),
        },
        503: { description: 'Not ready' },
      },
    },
    async (c) => {
      const checks = await ready().catch(() => ({ service: false }));
      const ok = Object.values(checks).every(Boolean);
      return c.json({ status: ok ? 'ready' : 'not_ready', checks }, ok ? 200 : 503);
    },
  );

  const unavailable = (c: Context<AppEnv>) =>
    errorResponse(c, 501, 'not_implemented', 'evals are not available on this server');

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/evals',
      tag: 'Evals',
      summary: 'Start an eval run',
      description:
        'Queues a run of the suite (YAML or JSON, `mixpilot eval` format) against this workspace.',
      otherBodies: {
        'application/yaml': suiteTextSchema,
        'application/json': looseObject('The suite as JSON.'),
      },
      responses: { 202: { description: 'Queued', schema: evalStartedSchema } },
      errors: [400, 413, 422, 501],
    },
    async (c) => {
      if (!deps.evals) return unavailable(c);
      const text = await c.req.text();
      const started = await deps.evals.start(c.get('workspaceId'), text);
      return c.json({ id: started.id, status: started.status }, 202);
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/evals/:id',
      tag: 'Evals',
      summary: 'An eval run: status and, once finished, results',
      params: idParams,
      responses: {
        200: { description: 'The run', schema: looseObject('id, status, results, error') },
      },
      errors: [400, 404, 501],
    },
    async (c, { params }) => {
      if (!deps.evals) return unavailable(c);
      return c.json(await deps.evals.get(c.get('workspaceId'), params.id));
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/evals/:id/report',
      tag: 'Evals',
      summary: 'The HTML report of a finished eval run',
      params: idParams,
      responses: {
        200: { description: 'The report', schema: z.string(), contentType: 'text/html' },
      },
      errors: [400, 404, 409, 501],
    },
    async (c, { params }) => {
      if (!deps.evals?.report) return unavailable(c);
      const html = await deps.evals.report(c.get('workspaceId'), params.id);
      if (html === undefined)
        throw new MixPilotError('conflict', `eval run '${params.id}' has no report yet`, {
          issues: [{ field: 'id', reason: 'the run has not finished' }],
        });
      return c.html(html);
    },
  );
}
