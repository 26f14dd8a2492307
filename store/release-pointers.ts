import { and, desc, eq, notInArray } from 'drizzle-orm';
import type { Orm } from './database';
import { datasets, models, workspaces } from './schema';

/**
 * Clears a workspace's active dataset, active model and approved plan when they point at rows
 * being deleted; a deleted active dataset hands over to the newest one left. Runs inside the caller's transaction and locks the workspace row.
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
  if (hit(ws.activeDatasetId, gone.datasetIds)) {
    // The newest dataset left (with its newest ready model) takes over, so deleting the active
    // one does not leave a workspace that still has data answering as if it had none.
    const [next] = await orm
      .select({ id: datasets.id })
      .from(datasets)
      .where(
        and(eq(datasets.workspaceId, workspaceId), notInArray(datasets.id, gone.datasetIds ?? [])),
      )
      .orderBy(desc(datasets.createdAt), desc(datasets.id))
      .limit(1);
    set.activeDatasetId = next?.id ?? null;
    const [model] = next
      ? await orm
          .select({ id: models.id })
          .from(models)
          .where(
            and(
              eq(models.workspaceId, workspaceId),
              eq(models.datasetId, next.id),
              eq(models.status, 'ready'),
            ),
          )
          .orderBy(desc(models.createdAt), desc(models.id))
          .limit(1)
      : [];
    set.activeModelId = model?.id ?? null;
  } else if (hit(ws.activeModelId, gone.modelIds)) set.activeModelId = null;
  if (hit(ws.approvedPlanId, gone.scenarioIds)) set.approvedPlanId = null;
  if (Object.keys(set).length === 0) return;
  await orm
    .update(workspaces)
    .set({ ...set, updatedAt: now })
    .where(eq(workspaces.id, workspaceId));
}
