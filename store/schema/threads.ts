import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { created, updated, workspaces } from './workspaces';

export type Surface = 'web' | 'slack' | 'api' | 'cli';
export type MessageRole = 'user' | 'assistant';

/** A conversation. `externalRef` ties it to an outside thread, e.g. `C0123:1700000000.000100`. */
export const threads = pgTable(
  'threads',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    title: text('title').notNull().default(''),
    surface: text('surface').$type<Surface>().notNull(),
    externalRef: text('external_ref'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    unique('threads_workspace_id_uq').on(t.workspaceId, t.id),
    uniqueIndex('threads_external_ref_uq')
      .on(t.workspaceId, t.surface, t.externalRef)
      .where(sql`${t.externalRef} is not null`),
    index('threads_workspace_updated_idx').on(t.workspaceId, t.updatedAt),
    check('threads_surface_ck', sql`${t.surface} in ('web', 'slack', 'api', 'cli')`),
  ],
);

/** One message of a thread; `idx` counts from 0 in order of appending. */
export const messages = pgTable(
  'messages',
  {
    workspaceId: text('workspace_id').notNull(),
    threadId: text('thread_id').notNull(),
    idx: integer('idx').notNull(),
    role: text('role').$type<MessageRole>().notNull(),
    text: text('text').notNull(),
    parts: jsonb('parts').$type<unknown[]>().notNull().default([]),
    citations: jsonb('citations').$type<unknown[]>().notNull().default([]),
    toolCalls: jsonb('tool_calls').$type<unknown[]>().notNull().default([]),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ name: 'messages_pk', columns: [t.threadId, t.idx] }),
    foreignKey({
      name: 'messages_thread_fk',
      columns: [t.workspaceId, t.threadId],
      foreignColumns: [threads.workspaceId, threads.id],
    }).onDelete('cascade'),
    check('messages_role_ck', sql`${t.role} in ('user', 'assistant')`),
  ],
);

/** A thumbs up/down on an answer, with an optional comment. */
export const feedback = pgTable(
  'feedback',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    threadId: text('thread_id').notNull(),
    messageIndex: integer('message_index'),
    helpful: boolean('helpful').notNull(),
    comment: text('comment'),
    source: text('source').$type<Surface>().notNull(),
    createdAt: created(),
  },
  (t) => [
    foreignKey({
      name: 'feedback_thread_fk',
      columns: [t.workspaceId, t.threadId],
      foreignColumns: [threads.workspaceId, threads.id],
    }).onDelete('cascade'),
    index('feedback_workspace_idx').on(t.workspaceId, t.helpful),
  ],
);
