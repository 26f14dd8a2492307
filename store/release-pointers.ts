import { eq } from 'drizzle-orm';
import type { Orm } from './database';
import { workspaces } from './schema';

/**
 * Clears a workspace's active dataset, active model and approved plan when they point at rows
 * being deleted. Runs inside the caller's transaction and locks the workspace row.
 */
export async function releasePointers(
  orm: Orm,
  workspaceId: string,
  gone: { datasetIds?: string[]; modelIds?: string[]; scenarioIds?: string[] },
  now: Date,
): Promise<void> {
  const [ws] = await orm
    .select({
      activeDatasetId: workspaces.activeDatasetId,
      activeModelId: workspaces.activeModelId,
      approvedPlanId: workspaces.approvedPlanId,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .for('update');
  if (!ws) return;
  const hit = (id: string | null, ids: string[] | undefined) => id !== null && !!ids?.includes(id);
  const set: Partial<typeof workspaces.$inferInsert> = {};
  if (hit(ws.activeDatasetId, gone.datasetIds)) set.activeDatasetId = null;
  if (hit(ws.activeModelId, gone.modelIds)) set.activeModelId = null;
  if (hit(ws.approvedPlanId, gone.scenarioIds)) set.approvedPlanId = null;
  if (Object.keys(set).length === 0) return;
  await orm
    .update(workspaces)
    .set({ ...set, updatedAt: now })
    .where(eq(workspaces.id, workspaceId));
}
