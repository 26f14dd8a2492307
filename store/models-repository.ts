import { and, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { FittedModel } from '../tools';
import type { RepoContext } from './context';
import type { Orm } from './database';
import { conflict, FOREIGN_KEY_VIOLATION, isViolation, notFound } from './db-errors';
import { releasePointers } from './release-pointers';
import type { ModelStatus } from './schema';
import { models, scenarios, workspaces } from './schema';

export type ModelRecord = typeof models.$inferSelect;
/** A workspace's active model and dataset, as read when a fit started. */
export interface ActivePointers {
  modelId: string | null;
  datasetId: string | null;
}
/** A model without the (large) FittedModel JSON. */
export type ModelSummary = Omit<ModelRecord, 'model'>;

export interface ModelsRepository {
  /**
   * Records a fit request (`queued`, or `running` when the caller starts it at once), or a
   * finished fit when `model` is given (`ready`).
   */
  create(
    workspaceId: string,
    input: {
      datasetId: string;
      settings?: Record<string, unknown>;
      model?: FittedModel;
      activate?: boolean;
      running?: boolean;
    },
  ): Promise<ModelRecord>;
  get(workspaceId: string, id: string): Promise<ModelRecord>;
  list(workspaceId: string, filter?: { datasetId?: string }): Promise<ModelSummary[]>;
  /** The newest ready model, of one dataset when given. */
  latestReady(workspaceId: string, datasetId?: string): Promise<ModelRecord | undefined>;
  markRunning(workspaceId: string, id: string): Promise<ModelRecord>;
  /**
   * Stores the fit; with `activate` the model (and its dataset) become active in the same
   * transaction. With `ifActive` too, only while the workspace's active model and dataset are
   * still those (a fit that started before an upload or another fit does not undo them).
   */
  markReady(
    workspaceId: string,
    id: string,
    model: FittedModel,
    options?: { activate?: boolean; ifActive?: ActivePointers },
  ): Promise<ModelRecord>;
  markFailed(workspaceId: string, id: string, error: string): Promise<ModelRecord>;
  /**
   * Says a running fit is still being worked on (moves its `updatedAt`), so `failStale` leaves
   * it alone. False when the fit is no longer running (finished, or failed as stale meanwhile).
   */
  heartbeat(workspaceId: string, id: string): Promise<boolean>;
  /**
   * Marks failed every fit still queued or running whose record has not moved for `olderThanMs`
   * (the process running it stopped); not scoped to one workspace. Returns how many.
   */
  failStale(olderThanMs: number): Promise<number>;
  /** Deletes the model and its scenarios in one transaction. */
  delete(workspaceId: string, id: string): Promise<void>;
}

const summaryColumns = {
  id: models.id,
  workspaceId: models.workspaceId,
  datasetId: models.datasetId,
  settings: models.settings,
  status: models.status,
  error: models.error,
  createdAt: models.createdAt,
  updatedAt: models.updatedAt,
  finishedAt: models.finishedAt,
};

export function modelsRepository(ctx: RepoContext): ModelsRepository {
  const { orm } = ctx;
  const scope = (workspaceId: string, id: string) =>
    and(eq(models.workspaceId, workspaceId), eq(models.id, id));

  const refuse = async (executor: Orm, workspaceId: string, id: string): Promise<never> => {
    const [existing] = await executor
      .select({ status: models.status })
      .from(models)
      .where(scope(workspaceId, id));
    if (!existing) throw notFound('model', id);
    throw conflict('status', `the model is ${existing.status}`);
  };

  const transition = async (
    workspaceId: string,
    id: string,
    from: ModelStatus[],
    set: Partial<typeof models.$inferInsert>,
  ): Promise<ModelRecord> => {
    const [row] = await orm
      .update(models)
      .set({ ...set, updatedAt: ctx.now() })
      .where(and(scope(workspaceId, id), inArray(models.status, from)))
      .returning();
    return row ?? refuse(orm, workspaceId, id);
  };

  const activate = async (
    tx: Orm,
    workspaceId: string,
    row: ModelRecord,
    ifActive?: ActivePointers,
  ) => {
    const still = (
      column: typeof workspaces.activeModelId | typeof workspaces.activeDatasetId,
      value: string | null,
    ) => (value === null ? isNull(column) : eq(column, value));
    await tx
      .update(workspaces)
      .set({ activeModelId: row.id, activeDatasetId: row.datasetId, updatedAt: ctx.now() })
      .where(
        and(
          eq(workspaces.id, workspaceId),
          ...(ifActive
            ? [
                still(workspaces.activeModelId, ifActive.modelId),
                still(workspaces.activeDatasetId, ifActive.datasetId),
              ]
            : []),
        ),
      );
  };

  return {
    async create(workspaceId, input) {
      const now = ctx.now();
      try {
        return await orm.transaction(async (tx) => {
          const [row] = await tx
            .insert(models)
            .values({
              id: ctx.newId('mdl'),
              workspaceId,
              datasetId: input.datasetId,
              settings: input.settings ?? {},
              status: input.model ? 'ready' : input.running ? 'running' : 'queued',
              model: input.model ?? null,
              createdAt: now,
              updatedAt: now,
              finishedAt: input.model ? now : null,
            })
            .returning();
          const record = row as ModelRecord;
          if (input.activate && input.model) await activate(tx, workspaceId, record);
          return record;
        });
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('dataset', input.datasetId);
        throw error;
      }
    },
    async get(workspaceId, id) {
      const [row] = await orm.select().from(models).where(scope(workspaceId, id));
      if (!row) throw notFound('model', id);
      return row;
    },
    list(workspaceId, filter = {}) {
      const where = filter.datasetId
        ? and(eq(models.workspaceId, workspaceId), eq(models.datasetId, filter.datasetId))
        : eq(models.workspaceId, workspaceId);
      return orm.select(summaryColumns).from(models).where(where).orderBy(desc(models.createdAt));
    },
    async latestReady(workspaceId, datasetId) {
      const conditions = [eq(models.workspaceId, workspaceId), eq(models.status, 'ready')];
      if (datasetId) conditions.push(eq(models.datasetId, datasetId));
      const [row] = await orm
        .select()
        .from(models)
        .where(and(...conditions))
        .orderBy(desc(models.finishedAt), desc(models.createdAt))
        .limit(1);
      return row;
    },
    markRunning: (workspaceId, id) =>
      transition(workspaceId, id, ['queued', 'running', 'failed'], {
        status: 'running',
        error: null,
      }),
    markReady(workspaceId, id, model, options = {}) {
      return orm.transaction(async (tx) => {
        const [row] = await tx
          .update(models)
          .set({ status: 'ready', model, error: null, updatedAt: ctx.now(), finishedAt: ctx.now() })
          .where(and(scope(workspaceId, id), inArray(models.status, ['queued', 'running'])))
          .returning();
        if (!row) return refuse(tx, workspaceId, id);
        if (options.activate) await activate(tx, workspaceId, row, options.ifActive);
        return row;
      });
    },
    markFailed: (workspaceId, id, error) =>
      transition(workspaceId, id, ['queued', 'running'], {
        status: 'failed',
        error,
        finishedAt: ctx.now(),
      }),
    async heartbeat(workspaceId, id) {
      const rows = await orm
        .update(models)
        .set({ updatedAt: ctx.now() })
        .where(and(scope(workspaceId, id), eq(models.status, 'running')))
        .returning({ id: models.id });
      return rows.length > 0;
    },
    async failStale(olderThanMs) {
      const now = ctx.now();
      const rows = await orm
        .update(models)
        .set({
          status: 'failed',
          error: 'interrupted: the process running this fit stopped before it finished',
          updatedAt: now,
          finishedAt: now,
        })
        .where(
          and(
            inArray(models.status, ['queued', 'running']),
            lt(models.updatedAt, new Date(now.getTime() - olderThanMs)),
          ),
        )
        .returning({ id: models.id });
      return rows.length;
    },
    async delete(workspaceId, id) {
      await orm.transaction(async (tx) => {
        const gone = await tx
          .delete(scenarios)
          .where(and(eq(scenarios.workspaceId, workspaceId), eq(scenarios.modelId, id)))
          .returning({ id: scenarios.id });
        const deleted = await tx
          .delete(models)
          .where(scope(workspaceId, id))
          .returning({ id: models.id });
        if (deleted.length === 0) throw notFound('model', id);
        await releasePointers(
          tx,
          workspaceId,
          { modelIds: [id], scenarioIds: gone.map((s) => s.id) },
          ctx.now(),
        );
      });
    },
  };
}
