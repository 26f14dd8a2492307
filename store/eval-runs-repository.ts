import { and, desc, eq, inArray } from 'drizzle-orm';
import type { RepoContext } from './context';
import { conflict, FOREIGN_KEY_VIOLATION, isViolation, notFound } from './db-errors';
import type { EvalRunStatus } from './schema';
import { evalRuns } from './schema';

export type EvalRunRecord = typeof evalRuns.$inferSelect;
/** A run without its HTML report. */
export type EvalRunSummary = Omit<EvalRunRecord, 'reportHtml'>;

export interface EvalRunsRepository {
  /** Records a submitted suite as `queued`. */
  create(workspaceId: string, input: { suite: Record<string, unknown> }): Promise<EvalRunRecord>;
  get(workspaceId: string, id: string): Promise<EvalRunRecord>;
  list(workspaceId: string): Promise<EvalRunSummary[]>;
  markRunning(workspaceId: string, id: string): Promise<EvalRunRecord>;
  complete(
    workspaceId: string,
    id: string,
    output: { results: Record<string, unknown>; reportHtml?: string },
  ): Promise<EvalRunRecord>;
  fail(workspaceId: string, id: string, error: string): Promise<EvalRunRecord>;
}

const summaryColumns = {
  id: evalRuns.id,
  workspaceId: evalRuns.workspaceId,
  suite: evalRuns.suite,
  status: evalRuns.status,
  results: evalRuns.results,
  error: evalRuns.error,
  createdAt: evalRuns.createdAt,
  startedAt: evalRuns.startedAt,
  finishedAt: evalRuns.finishedAt,
};

export function evalRunsRepository(ctx: RepoContext): EvalRunsRepository {
  const { orm } = ctx;
  const scope = (workspaceId: string, id: string) =>
    and(eq(evalRuns.workspaceId, workspaceId), eq(evalRuns.id, id));

  const transition = async (
    workspaceId: string,
    id: string,
    from: EvalRunStatus[],
    set: Partial<typeof evalRuns.$inferInsert>,
  ): Promise<EvalRunRecord> => {
    const [row] = await orm
      .update(evalRuns)
      .set(set)
      .where(and(scope(workspaceId, id), inArray(evalRuns.status, from)))
      .returning();
    if (row) return row;
    const [existing] = await orm
      .select({ status: evalRuns.status })
      .from(evalRuns)
      .where(scope(workspaceId, id));
    if (!existing) throw notFound('eval run', id);
    throw conflict('status', `the eval run is ${existing.status}`);
  };

  return {
    async create(workspaceId, input) {
      try {
        const [row] = await orm
          .insert(evalRuns)
          .values({ id: ctx.newId('eval'), workspaceId, suite: input.suite, createdAt: ctx.now() })
          .returning();
        return row as EvalRunRecord;
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('workspace', workspaceId);
        throw error;
      }
    },
    async get(workspaceId, id) {
      const [row] = await orm.select().from(evalRuns).where(scope(workspaceId, id));
      if (!row) throw notFound('eval run', id);
      return row;
    },
    list(workspaceId) {
      return orm
        .select(summaryColumns)
        .from(evalRuns)
        .where(eq(evalRuns.workspaceId, workspaceId))
        .orderBy(desc(evalRuns.createdAt));
    },
    markRunning: (workspaceId, id) =>
      transition(workspaceId, id, ['queued'], { status: 'running', startedAt: ctx.now() }),
    complete: (workspaceId, id, output) =>
      transition(workspaceId, id, ['queued', 'running'], {
        status: 'done',
        results: output.results,
        reportHtml: output.reportHtml ?? null,
        finishedAt: ctx.now(),
      }),
    fail: (workspaceId, id, error) =>
      transition(workspaceId, id, ['queued', 'running'], {
        status: 'failed',
        error,
        finishedAt: ctx.now(),
      }),
  };
}
