import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../app-types';
import { TurnLimiter } from '../http/turn-limiter';
import type { RouteRegistry } from '../openapi/route-spec';
import {
  agentAnswerSchema,
  agentEventStreamSchema,
  chatBodySchema,
  feedbackBodySchema,
  resumeBodySchema,
  threadListSchema,
  threadSchema,
} from '../schemas/chat';
import { idParams } from '../schemas/common';
import { respondWithTurn } from './agent-response';
import { chatThread, requireThread } from './chat-threads';

const turnResponses = {
  200: {
    description:
      'The answer as JSON, or with `Accept: text/event-stream` a stream of AgentEvents ending with `final` or `error`.',
    schema: agentAnswerSchema,
    alternatives: { 'text/event-stream': agentEventStreamSchema },
  },
};

/** Chat turns (JSON or SSE), approval resumes, threads and feedback. */
export function chatRoutes(app: Hono<AppEnv>, registry: RouteRegistry, deps: AppDeps): void {
  const { store, agent, logger } = deps;
  const turn = {
    logger,
    keepAliveMs: deps.sseKeepAliveMs ?? 15_000,
    limiter: new TurnLimiter(deps.maxConcurrentTurns ?? 4),
  };

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/chat',
      tag: 'Chat',
      summary: 'Ask a question',
      description:
        'Runs one agent turn on the workspace’s model. Send `Accept: text/event-stream` for server-sent events (status, tool_start, tool_end, token, final, error).',
      body: chatBodySchema,
      responses: turnResponses,
      errors: [400, 404, 413, 422],
    },
    async (c, { body }) => {
      const workspaceId = c.get('workspaceId');
      const threadId = await chatThread(store, workspaceId, body.threadId);
      return respondWithTurn(
        c,
        agent.answer({ workspaceId, threadId, question: body.question }),
        turn,
      );
    },
  );

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/chat/resume',
      tag: 'Chat',
      summary: 'Approve or reject a pending plan',
      description: 'Resumes a turn that paused for plan approval (`AgentAnswer.pending`).',
      body: resumeBodySchema,
      responses: turnResponses,
      errors: [400, 404, 409],
    },
    async (c, { body }) => {
      const workspaceId = c.get('workspaceId');
      await requireThread(store, workspaceId, body.threadId);
      return respondWithTurn(c, agent.resume({ workspaceId, ...body }), turn);
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/threads',
      tag: 'Chat',
      summary: 'List conversations',
      responses: { 200: { description: 'Most recently active first', schema: threadListSchema } },
    },
    async (c) => {
      const threads = await store.threads.list(c.get('workspaceId'));
      return c.json({
        threads: threads.map((t) => ({
          id: t.id,
          title: t.title,
          surface: t.surface,
          updatedAt: t.updatedAt.toISOString(),
        })),
      });
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/threads/:id',
      tag: 'Chat',
      summary: 'A conversation with its messages',
      params: idParams,
      responses: { 200: { description: 'The thread', schema: threadSchema } },
      errors: [400, 404],
    },
    async (c, { params }) => {
      const thread = await store.threads.get(c.get('workspaceId'), params.id);
      return c.json({
        id: thread.id,
        title: thread.title,
        surface: thread.surface,
        messages: thread.messages.map((m) => ({
          index: m.idx,
          role: m.role,
          text: m.text,
          parts: m.parts,
          citations: m.citations,
          at: m.createdAt.toISOString(),
        })),
      });
    },
  );

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/feedback',
      tag: 'Chat',
      summary: 'Rate an answer',
      body: feedbackBodySchema,
      responses: { 201: { description: 'Recorded' } },
      errors: [400, 404],
    },
    async (c, { body }) => {
      const workspaceId = c.get('workspaceId');
      await requireThread(store, workspaceId, body.threadId);
      const record = await store.feedback.create(workspaceId, { ...body, source: 'web' });
      return c.json({ id: record.id }, 201);
    },
  );
}
