import { and, desc, eq, inArray } from 'drizzle-orm';
import type { RepoContext } from './context';
import type { Orm } from './database';
import { conflict, FOREIGN_KEY_VIOLATION, isViolation, notFound, requireText } from './db-errors';
import type { ApprovalState, ScenarioKind } from './schema';
import { scenarios, workspaces } from './schema';

export type ScenarioRecord = typeof scenarios.$inferSelect;

export interface NewScenario {
  modelId: string;
  name: string;
  kind: ScenarioKind;
  /** The tool arguments (what_if changes or allocation, optimize_budget arguments). */
  args: Record<string, unknown>;
  /** The tool result (the what_if or optimize_budget contract). */
  result: Record<string, unknown>;
  /** `pending` when the plan awaits a decision right away; default `draft`. */
  approval?: 'draft' | 'pending';
}

export interface ScenariosRepository {
  create(workspaceId: string, input: NewScenario): Promise<ScenarioRecord>;
  get(workspaceId: string, id: string): Promise<ScenarioRecord>;
  list(workspaceId: string, filter?: { modelId?: string }): Promise<ScenarioRecord[]>;
  /** draft → pending. */
  requestApproval(workspaceId: string, id: string): Promise<ScenarioRecord>;
  /** draft|pending → approved; also makes it the workspace's approved plan, in one transaction. */
  approve(workspaceId: string, id: string, by: string): Promise<ScenarioRecord>;
  /** draft|pending → rejected. */
  reject(workspaceId: string, id: string, by: string): Promise<ScenarioRecord>;
  delete(workspaceId: string, id: string): Promise<void>;
}

export function scenariosRepository(ctx: RepoContext): ScenariosRepository {
  const { orm } = ctx;
  const scope = (workspaceId: string, id: string) =>
    and(eq(scenarios.workspaceId, workspaceId), eq(scenarios.id, id));

  const decide = async (
    executor: Orm,
    workspaceId: string,
    id: string,
    from: ApprovalState[],
    set: Partial<typeof scenarios.$inferInsert>,
  ): Promise<ScenarioRecord> => {
    const [row] = await executor
      .update(scenarios)
      .set({ ...set, updatedAt: ctx.now() })
      .where(and(scope(workspaceId, id), inArray(scenarios.approval, from)))
      .returning();
    if (row) return row;
    const [existing] = await executor
      .select({ approval: scenarios.approval })
      .from(scenarios)
      .where(scope(workspaceId, id));
    if (!existing) throw notFound('scenario', id);
    throw conflict('approval', `the plan is already ${existing.approval}`);
  };

  return {
    async create(workspaceId, input) {
      const now = ctx.now();
      try {
        const [row] = await orm
          .insert(scenarios)
          .values({
            id: ctx.newId('scn'),
            workspaceId,
            modelId: input.modelId,
            name: requireText('name', input.name),
            kind: input.kind,
            args: input.args,
            result: input.result,
            approval: input.approval ?? 'draft',
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        return row as ScenarioRecord;
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('model', input.modelId);
        throw error;
      }
    },
    async get(workspaceId, id) {
      const [row] = await orm.select().from(scenarios).where(scope(workspaceId, id));
      if (!row) throw notFound('scenario', id);
      return row;
    },
    list(workspaceId, filter = {}) {
      const where = filter.modelId
        ? and(eq(scenarios.workspaceId, workspaceId), eq(scenarios.modelId, filter.modelId))
        : eq(scenarios.workspaceId, workspaceId);
      return orm.select().from(scenarios).where(where).orderBy(desc(scenarios.createdAt));
    },
    requestApproval: (workspaceId, id) =>
      decide(orm, workspaceId, id, ['draft', 'pending'], { approval: 'pending' }),
    approve(workspaceId, id, by) {
      return orm.transaction(async (tx) => {
        const now = ctx.now();
        const row = await decide(tx, workspaceId, id, ['draft', 'pending'], {
          approval: 'approved',
          decidedBy: requireText('by', by),
          decidedAt: now,
        });
        await tx
          .update(workspaces)
          .set({ approvedPlanId: row.id, updatedAt: now })
          .where(eq(workspaces.id, workspaceId));
        return row;
      });
    },
    reject: (workspaceId, id, by) =>
      decide(orm, workspaceId, id, ['draft', 'pending'], {
        approval: 'rejected',
        decidedBy: requireText('by', by),
        decidedAt: ctx.now(),
      }),
    async delete(workspaceId, id) {
      await orm.transaction(async (tx) => {
        const gone = await tx.delete(scenarios).where(scope(workspaceId, id)).returning();
        if (gone.length === 0) throw notFound('scenario', id);
        await tx
          .update(workspaces)
          .set({ approvedPlanId: null, updatedAt: ctx.now() })
          .where(and(eq(workspaces.id, workspaceId), eq(workspaces.approvedPlanId, id)));
      });
    },
  };
}
