import { z } from 'zod';
import { threadIdSchema } from './common';

export const chatBodySchema = z.object({
  question: z.string().trim().min(1).max(4000).describe('The question, in plain words.'),
  threadId: threadIdSchema
    .optional()
    .describe('Continue this conversation; omit to start a new one (the answer carries its id).'),
});

export const resumeBodySchema = z.object({
  threadId: threadIdSchema,
  approve: z.boolean().describe('The decision on the plan waiting for approval.'),
});

const citationSchema = z.object({
  id: z.string(),
  title: z.string(),
  section: z.string().optional(),
  snippet: z.string().optional(),
});

export const agentAnswerSchema = z.object({
  answer: z.string().describe('Plain text with light markdown; [n] refers to citations[n-1].'),
  parts: z
    .array(z.looseObject({ type: z.string() }))
    .describe('Tables, charts, scenarios, approvals, notices.'),
  toolCalls: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      args: z.looseObject({}),
      result: z.unknown(),
    }),
  ),
  citations: z.array(citationSchema),
  threadId: z.string(),
  provider: z.string(),
  pending: z
    .object({ kind: z.literal('approve_plan'), scenarioId: z.string(), summary: z.string() })
    .optional(),
});

export const agentEventStreamSchema = z
  .string()
  .describe(
    'Server-sent events: each `event:` is an AgentEvent type (status, tool_start, tool_end, token, final, error) and `data:` its JSON. The stream ends after final or error.',
  );

export const threadSchema = z.object({
  id: z.string(),
  title: z.string(),
  surface: z.string(),
  messages: z.array(
    z.object({
      index: z.number().int(),
      role: z.enum(['user', 'assistant']),
      text: z.string(),
      parts: z.array(z.unknown()).optional(),
      citations: z.array(citationSchema).optional(),
      at: z.string(),
    }),
  ),
});

export const threadListSchema = z.object({
  threads: z.array(
    z.object({ id: z.string(), title: z.string(), surface: z.string(), updatedAt: z.string() }),
  ),
});

export const feedbackBodySchema = z.object({
  threadId: threadIdSchema,
  messageIndex: z.number().int().nonnegative().optional().describe('The rated message (0-based).'),
  helpful: z.boolean(),
  comment: z.string().max(2000).optional(),
});
