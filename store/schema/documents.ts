import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { created, updated, workspaces } from './workspaces';

/** A workspace's own knowledge document (markdown); `contentHash` is the SHA-256 of the body. */
export const workspaceDocuments = pgTable(
  'workspace_documents',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    contentHash: text('content_hash').notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [unique('workspace_documents_title_uq').on(t.workspaceId, t.title)],
);

export type EvalRunStatus = 'queued' | 'running' | 'done' | 'failed';

/** One run of an eval suite: the suite as submitted, then results and an HTML report. */
export const evalRuns = pgTable(
  'eval_runs',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    suite: jsonb('suite').$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<EvalRunStatus>().notNull().default('queued'),
    results: jsonb('results').$type<Record<string, unknown>>(),
    reportHtml: text('report_html'),
    error: text('error'),
    createdAt: created(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    check('eval_runs_status_ck', sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
  ],
);
