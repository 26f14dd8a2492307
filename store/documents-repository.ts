import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { RepoContext } from './context';
import { FOREIGN_KEY_VIOLATION, isViolation, notFound, requireText } from './db-errors';
import { workspaceDocuments } from './schema';

export type DocumentRecord = typeof workspaceDocuments.$inferSelect;

export interface DocumentsRepository {
  /**
   * Creates the document, or replaces the body of the one with the same title. `changed` tells
   * whether the content differs from what was stored (so callers re-index only then).
   */
  upsert(
    workspaceId: string,
    input: { title: string; body: string },
  ): Promise<{ document: DocumentRecord; changed: boolean }>;
  get(workspaceId: string, id: string): Promise<DocumentRecord>;
  list(workspaceId: string): Promise<DocumentRecord[]>;
  delete(workspaceId: string, id: string): Promise<void>;
}

/** SHA-256 of a document body, hex. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

export function documentsRepository(ctx: RepoContext): DocumentsRepository {
  const { orm } = ctx;
  const scope = (workspaceId: string, id: string) =>
    and(eq(workspaceDocuments.workspaceId, workspaceId), eq(workspaceDocuments.id, id));
  return {
    async upsert(workspaceId, input) {
      const title = requireText('title', input.title);
      const hash = contentHash(input.body);
      const now = ctx.now();
      try {
        return await orm.transaction(async (tx) => {
          const [existing] = await tx
            .select()
            .from(workspaceDocuments)
            .where(
              and(
                eq(workspaceDocuments.workspaceId, workspaceId),
                eq(workspaceDocuments.title, title),
              ),
            )
            .for('update');
          if (existing?.contentHash === hash) return { document: existing, changed: false };
          const [row] = existing
            ? await tx
                .update(workspaceDocuments)
                .set({ body: input.body, contentHash: hash, updatedAt: now })
                .where(scope(workspaceId, existing.id))
                .returning()
            : await tx
                .insert(workspaceDocuments)
                .values({
                  id: ctx.newId('doc'),
                  workspaceId,
                  title,
                  body: input.body,
                  contentHash: hash,
                  createdAt: now,
                  updatedAt: now,
                })
                .returning();
          return { document: row as DocumentRecord, changed: true };
        });
      } catch (error) {
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('workspace', workspaceId);
        throw error;
      }
    },
    async get(workspaceId, id) {
      const [row] = await orm.select().from(workspaceDocuments).where(scope(workspaceId, id));
      if (!row) throw notFound('document', id);
      return row;
    },
    list(workspaceId) {
      return orm
        .select()
        .from(workspaceDocuments)
        .where(eq(workspaceDocuments.workspaceId, workspaceId))
        .orderBy(asc(workspaceDocuments.title));
    },
    async delete(workspaceId, id) {
      const gone = await orm
        .delete(workspaceDocuments)
        .where(scope(workspaceId, id))
        .returning({ id: workspaceDocuments.id });
      if (gone.length === 0) throw notFound('document', id);
    },
  };
}
