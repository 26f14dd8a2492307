import type { StructuredToolInterface } from '@langchain/core/tools';
import { tool } from '@langchain/core/tools';
import { createAgentTools, type FittedModel, fitArgsSchema } from '../../tools';
import type { ToolFactory } from '../ports';
import { storedCalibration } from './stored-calibration';

/** The agent's tools bound to one workspace: the engine's tools over the workspace's model. */
export const workspaceTools: ToolFactory = ({ workspaceId, ports, onStatus }) => {
  /** The model the latest tool call ran on, for what fit_model reports about its calibration. */
  let used: FittedModel | undefined;
  const tools = createAgentTools({
    active: async () => {
      const active = await ports.activeModel(workspaceId, onStatus);
      used = active.model;
      return { model: active.model, dataset: active.dataset };
    },
    refit: async (seed) => {
      onStatus('Refitting the model…');
      const active = await ports.refit(workspaceId, seed);
      used = active.model;
      return { model: active.model, dataset: active.dataset };
    },
    search: (query, k) => ports.search(query, { workspaceId, k }),
  });
  return tools.map((t) => (t.name === 'fit_model' ? withCalibration(t, () => used) : t));
};

/**
 * fit_model whose result also says which lift tests the model is calibrated to:
 * `calibration: { liftTests, tests: [{ channel, roi, sd, from?, to? }] }` (0 and [] when none).
 */
function withCalibration(
  fit: StructuredToolInterface,
  model: () => FittedModel | undefined,
): StructuredToolInterface {
  return tool(
    async (args) => {
      const result = (await fit.invoke(args)) as Record<string, unknown>;
      const tests = storedCalibration(model()?.settings) ?? [];
      return { ...result, calibration: { liftTests: tests.length, tests } };
    },
    {
      name: fit.name,
      description: `${fit.description} The result says how many lift tests the model is calibrated to (a refit keeps them).`,
      schema: fitArgsSchema,
    },
  );
}
