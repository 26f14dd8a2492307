import type { Hono } from 'hono';
import type { ActiveModel } from '../../agent';
import { channelLabel, optimizeBudget, referencePlan, resolveHorizon } from '../../tools';
import type { AppDeps, AppEnv } from '../app-types';
import type { ActiveModels } from '../http/active-models';
import type { RouteRegistry } from '../openapi/route-spec';
import { workspaceQuerySchema, workspaceSchema } from '../schemas/models';
import { optimizeResultSchema, recommendationsQuerySchema } from '../schemas/recommendations';
import { predictBodySchema, whatIfResultSchema } from '../schemas/scenarios';
import { predictAllocation } from './allocation';

/** What the sliders need: the workspace's channels and reference plan, stateless predictions, recommendations. */
export function planRoutes(
  app: Hono<AppEnv>,
  registry: RouteRegistry,
  deps: AppDeps,
  models: ActiveModels,
): void {
  const { store } = deps;
  const groupsOf = (active: ActiveModel) => ({ groups: active.dataset.schema.groups ?? {} });

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/workspace',
      tag: 'Scenarios',
      summary: 'The workspace’s channels, horizon and reference plan',
      description:
        'What a client needs to draw spend sliders. Fits the active dataset first when it has no model yet.',
      query: workspaceQuerySchema,
      responses: { 200: { description: 'The workspace', schema: workspaceSchema } },
      errors: [400, 404],
    },
    async (c, { query }) => {
      const workspaceId = c.get('workspaceId');
      const active = await models.get(workspaceId);
      const workspace = await store.workspaces.get(workspaceId);
      const horizon = resolveHorizon(active.model.frequency, query.horizon);
      const groups = active.dataset.schema.groups ?? {};
      return c.json({
        id: workspace.id,
        name: workspace.name,
        activeDatasetId: active.datasetId,
        activeModelId: active.modelId,
        channels: active.model.responses.map(({ name }) => {
          const group = Object.entries(groups).find(([, members]) => members.includes(name))?.[0];
          return { name, label: channelLabel(name), ...(group ? { group } : {}) };
        }),
        frequency: active.model.frequency,
        kpi: active.model.kpi,
        horizon,
        reference: referencePlan(active.model, horizon.periods),
      });
    },
  );

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/predict',
      tag: 'Scenarios',
      summary: 'Predict an allocation (stateless)',
      description:
        'The what_if result of an allocation against the reference plan; nothing is stored. The widget’s sliders use it. `flighting` lays channels out evenly over the horizon (always-on) or in regular bursts (two weeks on, two off; `{"layout": "bursts", "burst": 4}` for bursts of 4 periods, `{"layout": "bursts", "burst": 3, "off": 1}` for 3 on and 1 off) instead of in their recent shape, e.g. `{"allocation": {"tv_spend": 450000}, "flighting": {"tv_spend": "even", "search_spend": "bursts"}}`.',
      body: predictBodySchema,
      responses: { 200: { description: 'The what_if result', schema: whatIfResultSchema } },
      errors: [400, 404, 422],
    },
    async (c, { body }) => {
      const active = await models.get(c.get('workspaceId'));
      return c.json(
        predictAllocation(active, body.allocation, body.horizon, undefined, body.flighting),
      );
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/recommendations',
      tag: 'Scenarios',
      summary: 'Optimal budget allocation',
      description:
        'Runs the budget optimizer. Per-channel limits as `min.CHANNEL`, `max.CHANNEL` (spend over the horizon), `minShare.CHANNEL`, `maxShare.CHANNEL` (fractions of the total), `minMultiple.CHANNEL`, `maxMultiple.CHANNEL` (multiples of the reference spend). `flighting.CHANNEL=even` finds the split with that channel spread evenly over the horizon (always-on), `flighting.CHANNEL=bursts` with it in regular bursts (two weeks on, two off; add `burst.CHANNEL=4` for bursts of 4 periods, and `off.CHANNEL=1` for pauses of 1 period instead of as long), instead of in its recent shape, as /api/predict’s `flighting`; the current plan keeps its bursts. Example: `?objective=max_kpi&budget=1000000&channels=tv,social&maxShare.search=0.4&flighting.tv=even&horizon=13`.',
      query: recommendationsQuerySchema,
      responses: {
        200: { description: 'The optimize_budget result', schema: optimizeResultSchema },
      },
      errors: [400, 404, 422],
    },
    async (c, { query }) => {
      const active = await models.get(c.get('workspaceId'));
      return c.json(optimizeBudget(active.model, query, groupsOf(active)));
    },
  );
}
