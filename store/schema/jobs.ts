import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { created, updated, workspaces } from './workspaces';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A small PostgreSQL-backed work queue (long fits, eval runs); claimed with SKIP LOCKED. */
export const jobs = pgTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').$type<JobStatus>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    runAfter: timestamp('run_after', { withTimezone: true }).notNull().defaultNow(),
    lockedBy: text('locked_by'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lastError: text('last_error'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('jobs_claim_idx').on(t.runAfter).where(sql`${t.status} = 'queued'`),
    index('jobs_workspace_idx').on(t.workspaceId),
    check('jobs_status_ck', sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
  ],
);
