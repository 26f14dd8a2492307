import type { Hono } from 'hono';
import type { Store } from '../../store';
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
        'Fits a dataset of the workspace and makes the model active, optionally calibrated to lift tests (`calibration`). Answers like `GET /api/models/{id}`: the model id and settings plus the `mixpilot fit --json` summary. A lift test on an unknown channel or outside the data is a 422 naming it (`calibration[0].channel`) and stores nothing.',
      body: fitBodySchema,
      responses: { 201: { description: 'The fitted model', schema: modelSchema } },
      errors: [400, 404, 422],
    },
    async (c, { body }) => {
      const workspaceId = c.get('workspaceId');
      const active = await workspaces.fitDataset(workspaceId, body.datasetId, {
        seed: body.seed,
        calibration: body.calibration,
      });
      models.invalidate(workspaceId);
      return c.json(await modelView(store, workspaceId, active.modelId), 201);
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
      return c.json(await modelView(store, c.get('workspaceId'), params.id));
    },
  );
}

/**
 * A model as the API shows it: the record with its settings, whether it is the workspace's
 * active model (a fit overtaken by an upload is stored but not made active), plus the fit summary
 * once ready.
 */
async function modelView(store: Store, workspaceId: string, id: string) {
  const [m, workspace] = await Promise.all([
    store.models.get(workspaceId, id),
    store.workspaces.get(workspaceId),
  ]);
  return {
    id: m.id,
    datasetId: m.datasetId,
    status: m.status,
    active: m.id === workspace.activeModelId,
    settings: m.settings,
    createdAt: m.createdAt.toISOString(),
    finishedAt: m.finishedAt?.toISOString() ?? null,
    ...(m.error ? { error: m.error } : {}),
    ...(m.model ? fitSummary(m.model) : {}),
  };
}
