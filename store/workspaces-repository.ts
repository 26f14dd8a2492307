import { and, eq, sql } from 'drizzle-orm';
import type { RepoContext } from './context';
import { conflict, isViolation, notFound, requireText, UNIQUE_VIOLATION } from './db-errors';
import type { WorkspaceSettings } from './schema';
import { datasets, models, workspaces } from './schema';

export type WorkspaceRecord = typeof workspaces.$inferSelect;

export interface NewWorkspace {
  /** Chosen id (e.g. `demo`); a random one when omitted. */
  id?: string;
  name: string;
  slackTeamId?: string | null;
  settings?: WorkspaceSettings;
}

export interface WorkspacesRepository {
  /** Creates a workspace; conflict when the id or the Slack team is taken. */
  create(input: NewWorkspace): Promise<WorkspaceRecord>;
  /** Returns the workspace with this id, creating it first when missing (idempotent seeding). */
  ensure(input: NewWorkspace & { id: string }): Promise<WorkspaceRecord>;
  get(id: string): Promise<WorkspaceRecord>;
  findBySlackTeam(slackTeamId: string): Promise<WorkspaceRecord | undefined>;
  /** Renames, remaps Slack, or merges `settings` into the stored settings (top-level keys). */
  update(
    id: string,
    patch: { name?: string; slackTeamId?: string | null; settings?: WorkspaceSettings },
  ): Promise<WorkspaceRecord>;
  /**
   * Sets the active dataset and/or model; both must belong to the workspace. Activating a model
   * also activates its dataset; a model must be `ready`.
   */
  setActive(
    id: string,
    active: { datasetId?: string | null; modelId?: string | null },
  ): Promise<WorkspaceRecord>;
  /** Deletes the workspace and everything in it. */
  delete(id: string): Promise<void>;
}

export function workspacesRepository(ctx: RepoContext): WorkspacesRepository {
  const { orm } = ctx;

  const get = async (id: string): Promise<WorkspaceRecord> => {
    const [row] = await orm.select().from(workspaces).where(eq(workspaces.id, id));
    if (!row) throw notFound('workspace', id);
    return row;
  };

  const create = async (input: NewWorkspace): Promise<WorkspaceRecord> => {
    const now = ctx.now();
    try {
      const [row] = await orm
        .insert(workspaces)
        .values({
          id: input.id ?? ctx.newId('ws'),
          name: requireText('name', input.name),
          slackTeamId: input.slackTeamId ?? null,
          settings: input.settings ?? {},
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      return row as WorkspaceRecord;
    } catch (error) {
      if (isViolation(error, UNIQUE_VIOLATION, 'workspaces_slack_team_uq')) {
        throw conflict('slackTeamId', 'this Slack team is already mapped to another workspace');
      }
      if (isViolation(error, UNIQUE_VIOLATION)) throw conflict('id', 'workspace id is taken');
      throw error;
    }
  };

  return {
    create,
    get,
    async ensure(input) {
      const now = ctx.now();
      await orm
        .insert(workspaces)
        .values({
          id: input.id,
          name: requireText('name', input.name),
          slackTeamId: input.slackTeamId ?? null,
          settings: input.settings ?? {},
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: workspaces.id });
      return get(input.id);
    },
    async findBySlackTeam(slackTeamId) {
      const [row] = await orm
        .select()
        .from(workspaces)
        .where(eq(workspaces.slackTeamId, slackTeamId));
      return row;
    },
    async update(id, patch) {
      const set: Partial<typeof workspaces.$inferInsert> = { updatedAt: ctx.now() };
      if (patch.name !== undefined) set.name = requireText('name', patch.name);
      if (patch.slackTeamId !== undefined) set.slackTeamId = patch.slackTeamId;
      const settings = patch.settings
        ? { settings: sql`${workspaces.settings} || ${JSON.stringify(patch.settings)}::jsonb` }
        : {};
      try {
        const [row] = await orm
          .update(workspaces)
          .set({ ...set, ...settings })
          .where(eq(workspaces.id, id))
          .returning();
        if (!row) throw notFound('workspace', id);
        return row;
      } catch (error) {
        if (isViolation(error, UNIQUE_VIOLATION)) {
          throw conflict('slackTeamId', 'this Slack team is already mapped to another workspace');
        }
        throw error;
      }
    },
    async setActive(id, active) {
      const set: Partial<typeof workspaces.$inferInsert> = { updatedAt: ctx.now() };
      if (active.datasetId !== undefined) {
        if (active.datasetId !== null) {
          const [ds] = await orm
            .select({ id: datasets.id })
            .from(datasets)
            .where(and(eq(datasets.workspaceId, id), eq(datasets.id, active.datasetId)));
          if (!ds) throw notFound('dataset', active.datasetId);
        }
        set.activeDatasetId = active.datasetId;
      }
      if (active.modelId !== undefined) {
        if (active.modelId !== null) {
          const [m] = await orm
            .select({ datasetId: models.datasetId, status: models.status })
            .from(models)
            .where(and(eq(models.workspaceId, id), eq(models.id, active.modelId)));
          if (!m) throw notFound('model', active.modelId);
          if (m.status !== 'ready')
            throw conflict('modelId', `the model is ${m.status}, not ready`);
          set.activeDatasetId = m.datasetId;
        }
        set.activeModelId = active.modelId;
      }
      const [row] = await orm.update(workspaces).set(set).where(eq(workspaces.id, id)).returning();
      if (!row) throw notFound('workspace', id);
      return row;
    },
    async delete(id) {
      const deleted = await orm
        .delete(workspaces)
        .where(eq(workspaces.id, id))
        .returning({ id: workspaces.id });
      if (deleted.length === 0) throw notFound('workspace', id);
    },
  };
}
