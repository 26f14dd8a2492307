import type { ActiveModel, WorkspaceService } from '../../agent';

/**
 * The workspace's active model for read-heavy routes (slider predictions, recommendations),
 * trusted for `ttlMs` without asking the database whether it changed. Routes that change the
 * active model here call `invalidate`; a change made elsewhere (a refit from chat, another
 * replica) is seen within `ttlMs`.
 */
export interface ActiveModels {
  get(workspaceId: string): Promise<ActiveModel>;
  invalidate(workspaceId: string): void;
}

export function cachedActiveModels(workspaces: WorkspaceService, ttlMs = 2000): ActiveModels {
  const cache = new Map<string, { until: number; model: Promise<ActiveModel> }>();
  return {
    get(workspaceId) {
      const now = Date.now();
      const hit = cache.get(workspaceId);
      if (hit && hit.until > now) return hit.model;
      const model = workspaces.activeModel(workspaceId);
      cache.set(workspaceId, { until: now + ttlMs, model });
      model.catch(() => {
        if (cache.get(workspaceId)?.model === model) cache.delete(workspaceId);
      });
      if (cache.size > 1000) cache.delete(cache.keys().next().value as string);
      return model;
    },
    invalidate(workspaceId) {
      cache.delete(workspaceId);
      workspaces.invalidate(workspaceId);
    },
  };
}
