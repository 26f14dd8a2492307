import type { Hono } from 'hono';
import type { ActiveModel } from '../../agent';
import type { ScenarioRecord } from '../../store';
import { type Flighting, type Layout, type LayoutChoice, MixPilotError, whatIf } from '../../tools';
import type { AppDeps, AppEnv } from '../app-types';
import type { ActiveModels } from '../http/active-models';
import type { RouteRegistry } from '../openapi/route-spec';
import { idParams } from '../schemas/common';
import {
  scenarioBodySchema,
  scenarioListSchema,
  scenarioPredictBodySchema,
  scenarioSchema,
  whatIfResultSchema,
} from '../schemas/scenarios';
import { predictAllocation } from './allocation';

type Plan = Record<string, number>;

function scenarioView(s: ScenarioRecord) {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    approval: s.approval,
    modelId: s.modelId,
    args: s.args,
    result: s.result,
    createdAt: s.createdAt.toISOString(),
  };
}

/**
 * The stored plan of a scenario: the what-if's scenario spend or the optimizer's optimal spend,
 * with the layout of the channels the what-if laid out anew (evenly or in bursts).
 */
function storedPlan(s: ScenarioRecord): {
  plan: Plan;
  periods?: number;
  flighting: Flighting;
} {
  const result = s.result as {
    scenario?: { spend?: Plan };
    optimal?: { spend?: Plan };
    horizon?: { periods?: number };
    flighting?: Record<string, { layout?: Layout; burst?: number; off?: number }>;
  };
  const flighting: Record<string, LayoutChoice> = {};
  for (const [c, f] of Object.entries(result.flighting ?? {})) {
    if (f.layout === 'bursts' && f.burst !== undefined)
      flighting[c] = {
        layout: 'bursts',
        burst: f.burst,
        ...(f.off !== undefined ? { off: f.off } : {}),
      };
    else if (f.layout) flighting[c] = f.layout;
  }
  return {
    plan: result.scenario?.spend ?? result.optimal?.spend ?? {},
    periods: result.horizon?.periods,
    flighting,
  };
}

/** Stored scenarios: create, list, read and re-predict. */
export function scenarioRoutes(
  app: Hono<AppEnv>,
  registry: RouteRegistry,
  deps: AppDeps,
  models: ActiveModels,
): void {
  const { store } = deps;
  const groupsOf = (active: ActiveModel) => ({ groups: active.dataset.schema.groups ?? {} });

  /** The workspace's active model when it is this one, else the stored model (older scenarios). */
  async function modelOf(workspaceId: string, modelId: string): Promise<ActiveModel> {
    const active = await models.get(workspaceId).catch(() => undefined);
    if (active?.modelId === modelId) return active;
    const record = await store.models.get(workspaceId, modelId);
    const dataset = await store.datasets.get(workspaceId, record.datasetId);
    if (!record.model)
      throw new MixPilotError('conflict', `the scenario's model is ${record.status}`);
    return {
      workspaceId,
      datasetId: record.datasetId,
      modelId,
      model: record.model,
      dataset: dataset.data,
    };
  }

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/scenarios',
      tag: 'Scenarios',
      summary: 'Create a scenario',
      description:
        'A what-if stored under a name: `changes` (move, scale, set, add, total) applied to the reference plan, or a full `allocation` of spend per channel; `flighting` spreads channels evenly over the horizon (`"even"`) or runs them in regular bursts (`"bursts"`, or `{"layout": "bursts", "burst": 4}` for bursts of 4 periods on and 4 off, `{"layout": "bursts", "burst": 3, "off": 1}` for 3 on and 1 off) instead of in their recent shape.',
      body: scenarioBodySchema,
      responses: {
        201: { description: 'The stored scenario with its what-if result', schema: scenarioSchema },
      },
      errors: [400, 404, 422],
    },
    async (c, { body }) => {
      const workspaceId = c.get('workspaceId');
      const active = await models.get(workspaceId);
      const { name, ...args } = body;
      const result =
        'changes' in args
          ? whatIf(active.model, args, groupsOf(active))
          : predictAllocation(active, args.allocation, args.horizon, undefined, args.flighting);
      const record = await store.scenarios.create(workspaceId, {
        modelId: active.modelId,
        name,
        kind: 'whatif',
        args: args as Record<string, unknown>,
        result: result as unknown as Record<string, unknown>,
      });
      return c.json(scenarioView(record), 201);
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/scenarios',
      tag: 'Scenarios',
      summary: 'List scenarios',
      responses: { 200: { description: 'The workspace’s scenarios', schema: scenarioListSchema } },
    },
    async (c) => {
      const list = await store.scenarios.list(c.get('workspaceId'));
      return c.json({
        scenarios: list.map(({ args: _a, result: _r, ...s }) => ({
          id: s.id,
          name: s.name,
          kind: s.kind,
          approval: s.approval,
          modelId: s.modelId,
          createdAt: s.createdAt.toISOString(),
        })),
      });
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/scenarios/:id',
      tag: 'Scenarios',
      summary: 'A scenario',
      params: idParams,
      responses: { 200: { description: 'The scenario', schema: scenarioSchema } },
      errors: [400, 404],
    },
    async (c, { params }) =>
      c.json(scenarioView(await store.scenarios.get(c.get('workspaceId'), params.id))),
  );

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/scenarios/:id/predict',
      tag: 'Scenarios',
      summary: 'Predicted KPI and ROI of a scenario',
      description:
        'Re-evaluates the stored plan (with its layout: channels it spread evenly or ran in bursts stay so) against the reference plan with the workspace’s active model; an `allocation` in the body overrides the stored spend of the channels it names.',
      params: idParams,
      body: scenarioPredictBodySchema,
      responses: { 200: { description: 'The what_if result', schema: whatIfResultSchema } },
      errors: [400, 404, 422],
    },
    async (c, { params, body }) => {
      const workspaceId = c.get('workspaceId');
      const scenario = await store.scenarios.get(workspaceId, params.id);
      const active = await modelOf(workspaceId, scenario.modelId);
      const stored = storedPlan(scenario);
      return c.json(
        predictAllocation(
          active,
          body.allocation ?? {},
          stored.periods,
          stored.plan,
          stored.flighting,
        ),
      );
    },
  );
}
