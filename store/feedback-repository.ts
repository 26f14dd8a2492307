import { and, desc, eq } from 'drizzle-orm';
import type { RepoContext } from './context';
import { FOREIGN_KEY_VIOLATION, isViolation, notFound } from './db-errors';
import type { Surface } from './schema';
import { feedback, messages } from './schema';

export type FeedbackRecord = typeof feedback.$inferSelect;

/** A "not helpful" rating with the question and the answer it was about, for eval export. */
export interface NotHelpfulItem {
  feedback: FeedbackRecord;
  question?: string;
  answer?: string;
}

export interface FeedbackRepository {
  /** Records a rating; the thread (and the message, when an index is given) must exist. */
  create(
    workspaceId: string,
    input: {
      threadId: string;
      messageIndex?: number;
      helpful: boolean;
      comment?: string;
      source: Surface;
    },
  ): Promise<FeedbackRecord>;
  list(workspaceId: string, filter?: { helpful?: boolean }): Promise<FeedbackRecord[]>;
  /** Every "not helpful" rating, newest first, with the rated answer and the question before it. */
  listNotHelpful(workspaceId: string): Promise<NotHelpfulItem[]>;
}

export function feedbackRepository(ctx: RepoContext): FeedbackRepository {
  const { orm } = ctx;

  const list = (workspaceId: string, filter: { helpful?: boolean } = {}) => {
    const where =
      filter.helpful === undefined
        ? eq(feedback.workspaceId, workspaceId)
        : and(eq(feedback.workspaceId, workspaceId), eq(feedback.helpful, filter.helpful));
    return orm.select().from(feedback).where(where).orderBy(desc(feedback.createdAt));
  };

  return {
    async create(workspaceId, input) {
      if (input.messageIndex !== undefined) {
        const [message] = await orm
          .select({ idx: messages.idx })
          .from(messages)
          .where(
            and(
              eq(messages.workspaceId, workspaceId),
              eq(messages.threadId, input.threadId),
              eq(messages.idx, input.messageIndex),
            ),
          );
        if (!message) throw notFound('message', `${input.threadId}#${input.messageIndex}`);
      }
      try {
        const [row] = await orm
          .insert(feedback)
          .values({
            id: ctx.newId('fb'),
            workspaceId,
            threadId: input.threadId,
            messageIndex: input.messageIndex ?? null,
            helpful: input.helpful,
            comment: input.comment?.trim() || null,
            source: input.source,
            createdAt: ctx.now(),
          })
          .returning();
        return row as FeedbackRecord;
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('thread', input.threadId);
        throw error;
      }
    },
    list,
    async listNotHelpful(workspaceId) {
      const rated = await list(workspaceId, { helpful: false });
      const items: NotHelpfulItem[] = [];
      for (const f of rated) {
        const thread = await orm
          .select({ idx: messages.idx, role: messages.role, text: messages.text })
          .from(messages)
          .where(and(eq(messages.workspaceId, workspaceId), eq(messages.threadId, f.threadId)))
          .orderBy(messages.idx);
        const answer =
          f.messageIndex === null
            ? thread.findLast((m) => m.role === 'assistant')
            : thread.find((m) => m.idx === f.messageIndex);
        const question = thread.findLast(
          (m) => m.role === 'user' && (answer === undefined || m.idx < answer.idx),
        );
        items.push({ feedback: f, question: question?.text, answer: answer?.text });
      }
      return items;
    },
  };
}
