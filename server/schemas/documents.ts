import { z } from 'zod';

/** A workspace document as the knowledge base holds it. */
export const documentSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  chunks: z.number().int().describe('Passages the document was split into for retrieval.'),
});

export const documentListSchema = z.object({ documents: z.array(documentSchema) });

const docId = z
  .string()
  .describe(
    "Stable id (lower-case letters, digits, '-', '_', '.'); default from front matter or the title. Adding the same id again replaces the document.",
  );
const title = z.string().trim().min(1).max(200);

export const documentBodySchema = z.object({
  content: z.string().describe('Markdown (front matter optional) or plain text.'),
  title: title.optional(),
  id: docId.optional(),
});

/** Title and id of a document sent as a raw markdown or text body. */
export const documentQuerySchema = z.object({ title: title.optional(), id: docId.optional() });

export const documentTextSchema = z
  .string()
  .describe('The document itself, as `text/markdown` or `text/plain`.');

export const documentAddedSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z
    .enum(['added', 'updated', 'unchanged'])
    .describe('`unchanged` when the same text was already indexed (nothing re-embedded).'),
  chunksWritten: z.number().int(),
});
