import { and, asc, desc, eq } from 'drizzle-orm';
import type { RepoContext } from './context';
import {
  conflict,
  FOREIGN_KEY_VIOLATION,
  isViolation,
  notFound,
  UNIQUE_VIOLATION,
} from './db-errors';
import type { MessageRole, Surface } from './schema';
import { messages, threads } from './schema';

export type ThreadRecord = typeof threads.$inferSelect;
export type MessageRecord = Omit<typeof messages.$inferSelect, 'workspaceId' | 'threadId'>;

/** A message to append. `parts`, `citations`, `toolCalls` are the agent's JSON (AnswerPart[] …). */
export interface NewMessage {
  role: MessageRole;
  text: string;
  parts?: unknown[];
  citations?: unknown[];
  toolCalls?: unknown[];
}

export interface NewThread {
  /** Chosen id (e.g. the one the agent's checkpointer uses); random when omitted. */
  id?: string;
  title?: string;
  surface: Surface;
  /** Where the conversation lives outside, e.g. a Slack `channel:thread_ts`. */
  externalRef?: string | null;
}

export interface ThreadsRepository {
  create(workspaceId: string, input: NewThread): Promise<ThreadRecord>;
  /** The thread of an outside conversation, created on first use (safe under concurrency). */
  ensureExternal(
    workspaceId: string,
    input: NewThread & { externalRef: string },
  ): Promise<ThreadRecord>;
  findByExternalRef(
    workspaceId: string,
    surface: Surface,
    externalRef: string,
  ): Promise<ThreadRecord | undefined>;
  /** The thread with all its messages in order. */
  get(workspaceId: string, id: string): Promise<ThreadRecord & { messages: MessageRecord[] }>;
  /** Threads, most recently active first. */
  list(workspaceId: string, options?: { limit?: number }): Promise<ThreadRecord[]>;
  /**
   * Appends messages (a question and its answer) atomically, numbering them after the existing
   * ones; the first user message becomes the title of an untitled thread.
   */
  appendTurn(workspaceId: string, threadId: string, turn: NewMessage[]): Promise<MessageRecord[]>;
  delete(workspaceId: string, id: string): Promise<void>;
}

const TITLE_LENGTH = 80;

export function threadsRepository(ctx: RepoContext): ThreadsRepository {
  const { orm } = ctx;
  const scope = (workspaceId: string, id: string) =>
    and(eq(threads.workspaceId, workspaceId), eq(threads.id, id));

  const findByExternalRef = async (workspaceId: string, surface: Surface, ref: string) => {
    const [row] = await orm
      .select()
      .from(threads)
      .where(
        and(
          eq(threads.workspaceId, workspaceId),
          eq(threads.surface, surface),
          eq(threads.externalRef, ref),
        ),
      );
    return row;
  };

  const insert = (workspaceId: string, input: NewThread) => {
    const now = ctx.now();
    return orm.insert(threads).values({
      id: input.id ?? ctx.newId('thr'),
      workspaceId,
      title: (input.title ?? '').slice(0, TITLE_LENGTH),
      surface: input.surface,
      externalRef: input.externalRef ?? null,
      createdAt: now,
      updatedAt: now,
    });
  };

  return {
    async create(workspaceId, input) {
      try {
        const [row] = await insert(workspaceId, input).returning();
        return row as ThreadRecord;
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('workspace', workspaceId);
        if (isViolation(error, UNIQUE_VIOLATION))
          throw conflict('id', 'this thread already exists');
        throw error;
      }
    },
    async ensureExternal(workspaceId, input) {
      const found = await findByExternalRef(workspaceId, input.surface, input.externalRef);
      if (found) return found;
      try {
        await insert(workspaceId, input).onConflictDoNothing();
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('workspace', workspaceId);
        throw error;
      }
      const row = await findByExternalRef(workspaceId, input.surface, input.externalRef);
      if (!row) throw conflict('id', 'this thread id is used by another conversation');
      return row;
    },
    findByExternalRef,
    async get(workspaceId, id) {
      const [thread] = await orm.select().from(threads).where(scope(workspaceId, id));
      if (!thread) throw notFound('thread', id);
      const rows = await orm
        .select()
        .from(messages)
        .where(and(eq(messages.workspaceId, workspaceId), eq(messages.threadId, id)))
        .orderBy(asc(messages.idx));
      return { ...thread, messages: rows.map(({ workspaceId: _w, threadId: _t, ...m }) => m) };
    },
    list(workspaceId, options = {}) {
      return orm
        .select()
        .from(threads)
        .where(eq(threads.workspaceId, workspaceId))
        .orderBy(desc(threads.updatedAt))
        .limit(options.limit ?? 50);
    },
    appendTurn(workspaceId, threadId, turn) {
      return orm.transaction(async (tx) => {
        const [thread] = await tx
          .select({ title: threads.title })
          .from(threads)
          .where(scope(workspaceId, threadId))
          .for('update');
        if (!thread) throw notFound('thread', threadId);
        const [last] = await tx
          .select({ idx: messages.idx })
          .from(messages)
          .where(and(eq(messages.workspaceId, workspaceId), eq(messages.threadId, threadId)))
          .orderBy(desc(messages.idx))
          .limit(1);
        const first = last ? last.idx + 1 : 0;
        const now = ctx.now();
        const stored: MessageRecord[] = [];
        for (const [offset, m] of turn.entries()) {
          const [row] = await tx
            .insert(messages)
            .values({
              workspaceId,
              threadId,
              idx: first + offset,
              role: m.role,
              text: m.text,
              parts: m.parts ?? [],
              citations: m.citations ?? [],
              toolCalls: m.toolCalls ?? [],
              createdAt: now,
            })
            .returning();
          const { workspaceId: _w, threadId: _t, ...record } = row as typeof messages.$inferSelect;
          stored.push(record);
        }
        const question = turn.find((m) => m.role === 'user')?.text.trim();
        await tx
          .update(threads)
          .set({
            updatedAt: now,
            ...(thread.title === '' && question ? { title: question.slice(0, TITLE_LENGTH) } : {}),
          })
          .where(scope(workspaceId, threadId));
        return stored;
      });
    },
    async delete(workspaceId, id) {
      const gone = await orm
        .delete(threads)
        .where(scope(workspaceId, id))
        .returning({ id: threads.id });
      if (gone.length === 0) throw notFound('thread', id);
    },
  };
}
