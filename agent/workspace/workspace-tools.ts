import { createAgentTools } from '../../tools';
import type { ToolFactory } from '../ports';

/** The agent's tools bound to one workspace: the engine's tools over the workspace's model. */
export const workspaceTools: ToolFactory = ({ workspaceId, ports, onStatus }) =>
  createAgentTools({
    active: async () => {
      const active = await ports.activeModel(workspaceId, onStatus);
      return { model: active.model, dataset: active.dataset };
    },
    data: async () => (await ports.activeData(workspaceId)).dataset,
    refit: async (seed, liftTests) => {
      onStatus(
        liftTests?.length ? 'Calibrating the model to your lift tests…' : 'Refitting the model…',
      );
      const active = await ports.refit(workspaceId, seed, liftTests);
      return { model: active.model, dataset: active.dataset, previous: active.previous };
    },
    search: (query, k) => ports.search(query, { workspaceId, k }),
  });
