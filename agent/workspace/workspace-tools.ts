import { createAgentTools } from '../../tools';
import type { ToolFactory } from '../ports';

/** The agent's tools bound to one workspace: the engine's tools over the workspace's model. */
export const workspaceTools: ToolFactory = ({ workspaceId, ports, onStatus }) =>
  createAgentTools({
    active: async () => {
      const active = await ports.activeModel(workspaceId, onStatus);
      return { model: active.model, dataset: active.dataset };
    },
    refit: async (seed) => {
      onStatus('Refitting the model…');
      const active = await ports.refit(workspaceId, seed);
      return { model: active.model, dataset: active.dataset };
    },
    search: (query, k) => ports.search(query, { workspaceId, k }),
  });
