import type { Hono } from 'hono';
import { fitSummary } from '../../tools';
import type { AppDeps, AppEnv } from '../app-types';
import type { ActiveModels } from '../http/active-models';
import type { RouteRegistry } from '../openapi/route-spec';
import { idParams } from '../schemas/common';
import { fitBodySchema, modelListSchema, modelSchema } from '../schemas/models';

/** Models: fit a dataset (made active), list, read with the fit summary. */
export function modelRoutes(
  app: Hono<AppEnv>,
  registry: RouteRegistry,
  deps: AppDeps,
  models: ActiveModels,
): void {
  const { store, workspaces } = deps;

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/models',
      tag: 'Data',
      summary: 'Fit a model',
      description:
        'Fits a dataset of the workspace and makes the model active. Answers with the `mixpilot fit --json` summary plus the model id.',
      body: fitBodySchema,
      responses: { 201: { description: 'The fitted model', schema: modelSchema } },
      errors: [400, 404, 422],
    },
    async (c, { body }) => {
      const workspaceId = c.get('workspaceId');
      const active = await workspaces.fitDataset(workspaceId, body.datasetId, body.seed);
      models.invalidate(workspaceId);
      return c.json(
        {
          id: active.modelId,
          datasetId: active.datasetId,
          status: 'ready',
          ...fitSummary(active.model),
        },
        201,
      );
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/models',
      tag: 'Data',
      summary: 'List models',
      responses: { 200: { description: 'Newest first', schema: modelListSchema } },
    },
    async (c) => {
      const workspaceId = c.get('workspaceId');
      const [list, workspace] = await Promise.all([
        store.models.list(workspaceId),
        store.workspaces.get(workspaceId),
      ]);
      return c.json({
        models: list.map((m) => ({
          id: m.id,
          datasetId: m.datasetId,
          status: m.status,
          createdAt: m.createdAt.toISOString(),
          active: m.id === workspace.activeModelId,
        })),
      });
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/models/:id',
      tag: 'Data',
      summary: 'A model and its fit summary',
      params: idParams,
      responses: { 200: { description: 'The model', schema: modelSchema } },
      errors: [400, 404],
    },
    async (c, { params }) => {
      const m = await store.models.get(c.get('workspaceId'), params.id);
      return c.json({
        id: m.id,
        datasetId: m.datasetId,
        status: m.status,
        settings: m.settings,
        createdAt: m.createdAt.toISOString(),
        finishedAt: m.finishedAt?.toISOString() ?? null,
        ...(m.error ? { error: m.error } : {}),
        ...(m.model ? fitSummary(m.model) : {}),
      });
    },
  );
}
