import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { RepoContext } from './context';
import { conflict, FOREIGN_KEY_VIOLATION, isViolation, notFound, requireText } from './db-errors';
import { jobs } from './schema';

export type JobRecord = typeof jobs.$inferSelect;

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** The workspace the job works for (null for system jobs). */
  workspaceId?: string | null;
  /** Not before this time; default now. */
  runAfter?: Date;
  /** Attempts before the job is marked failed; default 3. */
  maxAttempts?: number;
}

/**
 * A PostgreSQL-backed queue. Workers serve every workspace, so `claim`, `complete`, `fail` and
 * `releaseStale` are not scoped to one; `get` is.
 */
export interface JobsRepository {
  enqueue(job: NewJob): Promise<JobRecord>;
  /** Takes the oldest due job (of the given kinds) for `workerId`, or undefined; never the same job twice. */
  claim(workerId: string, options?: { kinds?: string[] }): Promise<JobRecord | undefined>;
  /** Marks a job the worker holds as done. */
  complete(id: string, workerId: string, result?: Record<string, unknown>): Promise<JobRecord>;
  /**
   * Records a failure: back to the queue after `backoffMs * 2^(attempts-1)` (default 1 s), or
   * `failed` once the attempts are used up.
   */
  fail(
    id: string,
    workerId: string,
    error: string,
    options?: { backoffMs?: number },
  ): Promise<JobRecord>;
  /** Requeues running jobs locked longer than `olderThanMs` (their worker died); returns how many. */
  releaseStale(olderThanMs: number): Promise<number>;
  get(workspaceId: string, id: string): Promise<JobRecord>;
}

export function jobsRepository(ctx: RepoContext): JobsRepository {
  const { orm } = ctx;

  const held = async (id: string, workerId: string): Promise<JobRecord> => {
    const [row] = await orm
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, id), eq(jobs.status, 'running'), eq(jobs.lockedBy, workerId)));
    if (row) return row;
    throw conflict('lockedBy', `job '${id}' is not held by worker '${workerId}'`);
  };

  return {
    async enqueue(job) {
      const now = ctx.now();
      try {
        const [row] = await orm
          .insert(jobs)
          .values({
            id: ctx.newId('job'),
            workspaceId: job.workspaceId ?? null,
            kind: requireText('kind', job.kind),
            payload: job.payload ?? {},
            maxAttempts: job.maxAttempts ?? 3,
            runAfter: job.runAfter ?? now,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        return row as JobRecord;
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) {
          throw notFound('workspace', job.workspaceId ?? '');
        }
        throw error;
      }
    },
    async claim(workerId, options = {}) {
      const now = ctx.now();
      const due = [eq(jobs.status, 'queued'), lte(jobs.runAfter, now)];
      if (options.kinds) due.push(inArray(jobs.kind, options.kinds));
      const next = orm
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(...due))
        .orderBy(asc(jobs.runAfter), asc(jobs.createdAt), asc(jobs.id))
        .limit(1)
        .for('update', { skipLocked: true });
      const [row] = await orm
        .update(jobs)
        .set({
          status: 'running',
          lockedBy: workerId,
          lockedAt: now,
          attempts: sql`${jobs.attempts} + 1`,
          updatedAt: now,
        })
        .where(eq(jobs.id, sql`(${next})`))
        .returning();
      return row;
    },
    async complete(id, workerId, result) {
      const [row] = await orm
        .update(jobs)
        .set({ status: 'done', result: result ?? null, lockedBy: null, updatedAt: ctx.now() })
        .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')))
        .returning();
      if (!row) throw conflict('lockedBy', `job '${id}' is not held by worker '${workerId}'`);
      return row;
    },
    async fail(id, workerId, error, options = {}) {
      const job = await held(id, workerId);
      const now = ctx.now();
      const retry = job.attempts < job.maxAttempts;
      const delay = (options.backoffMs ?? 1000) * 2 ** Math.max(0, job.attempts - 1);
      const [row] = await orm
        .update(jobs)
        .set({
          status: retry ? 'queued' : 'failed',
          lastError: error,
          lockedBy: null,
          lockedAt: null,
          runAfter: retry ? new Date(now.getTime() + delay) : job.runAfter,
          updatedAt: now,
        })
        .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')))
        .returning();
      if (!row) throw conflict('lockedBy', `job '${id}' is not held by worker '${workerId}'`);
      return row;
    },
    async releaseStale(olderThanMs) {
      const now = ctx.now();
      const rows = await orm
        .update(jobs)
        .set({ status: 'queued', lockedBy: null, lockedAt: null, runAfter: now, updatedAt: now })
        .where(
          and(eq(jobs.status, 'running'), lt(jobs.lockedAt, new Date(now.getTime() - olderThanMs))),
        )
        .returning({ id: jobs.id });
      return rows.length;
    },
    async get(workspaceId, id) {
      const [row] = await orm
        .select()
        .from(jobs)
        .where(and(eq(jobs.workspaceId, workspaceId), eq(jobs.id, id)));
      if (!row) throw notFound('job', id);
      return row;
    },
  };
}
