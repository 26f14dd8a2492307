import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { MixPilotError } from '../../tools';
import type { AppDeps, AppEnv } from '../app-types';
import { errorResponse } from '../http/error-response';
import { mediaType, unsupportedMediaType } from '../http/media-type';
import type { RouteRegistry } from '../openapi/route-spec';
import { idParams } from '../schemas/common';
import {
  documentAddedSchema,
  documentBodySchema,
  documentListSchema,
  documentQuerySchema,
  documentTextSchema,
} from '../schemas/documents';

const TEXT_TYPES = new Set(['text/markdown', 'text/plain', 'text/x-markdown']);

/** The document of a request: JSON `{ content, title?, id? }` or a raw markdown or text body. */
async function readDocument(
  c: Context<AppEnv>,
  json: z.output<typeof documentBodySchema> | undefined,
  query: z.output<typeof documentQuerySchema>,
): Promise<z.output<typeof documentBodySchema>> {
  const type = mediaType(c);
  if (TEXT_TYPES.has(type)) return { content: await c.req.text(), ...query };
  if (json) return json;
  throw unsupportedMediaType(type, ['text/markdown', 'text/plain', 'application/json']);
}

/**
 * The workspace's own documents (playbooks, past test results, definitions) that the assistant
 * searches and cites beside the methodology: list, add or replace, remove. Only this workspace
 * sees them.
 */
export function documentRoutes(app: Hono<AppEnv>, registry: RouteRegistry, deps: AppDeps): void {
  const docs = deps.documents;
  const unavailable = (c: Context<AppEnv>) =>
    errorResponse(
      c,
      501,
      'not_implemented',
      'workspace documents are not available on this server',
    );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/documents',
      tag: 'Knowledge',
      summary: 'The workspace’s documents',
      responses: { 200: { description: 'The documents', schema: documentListSchema } },
      errors: [501],
    },
    async (c) => {
      if (!docs) return unavailable(c);
      const stored = await docs.listWorkspaceDocs(c.get('workspaceId'));
      return c.json({
        documents: stored.map((d) => ({ id: d.docId, title: d.title ?? null, chunks: d.chunks })),
      });
    },
  );

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/documents',
      tag: 'Knowledge',
      summary: 'Add or replace a document',
      description:
        'JSON `{ content, title?, id? }`, or the document itself as `text/markdown` / `text/plain` (title and id in the query). The same id again replaces the document; the same text again re-embeds nothing. At most 200,000 characters.',
      query: documentQuerySchema,
      body: documentBodySchema,
      otherBodies: { 'text/markdown': documentTextSchema, 'text/plain': documentTextSchema },
      responses: { 201: { description: 'Indexed', schema: documentAddedSchema } },
      errors: [400, 409, 413, 501],
    },
    async (c, { body, query }) => {
      if (!docs) return unavailable(c);
      const input = await readDocument(c, body, query);
      const added = await docs.addWorkspaceDoc(c.get('workspaceId'), input);
      const { report } = added;
      const status =
        report.added.length > 0 ? 'added' : report.updated.length > 0 ? 'updated' : 'unchanged';
      return c.json(
        { id: added.id, title: added.title, status, chunksWritten: report.chunksWritten },
        201,
      );
    },
  );

  registry.add(
    app,
    {
      method: 'delete',
      path: '/api/documents/:id',
      tag: 'Knowledge',
      summary: 'Remove a document',
      description: 'The assistant stops finding it at once.',
      params: idParams,
      responses: { 204: { description: 'Removed' } },
      errors: [400, 404, 501],
    },
    async (c, { params }) => {
      if (!docs) return unavailable(c);
      if (!(await docs.removeWorkspaceDoc(c.get('workspaceId'), params.id)))
        throw new MixPilotError('not_found', `document '${params.id}' not found`, {
          issues: [{ field: 'id', reason: 'no such document in this workspace' }],
        });
      return c.body(null, 204);
    },
  );
}
