import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AgentEvent } from '../../agent';
import { MixPilotError } from '../../tools';
import type { AppEnv, Logger } from '../app-types';
import type { TurnLimiter } from '../http/turn-limiter';

/** True when the client asked for a server-sent-event stream. */
export function wantsStream(c: Context<AppEnv>): boolean {
  return (c.req.header('accept') ?? '').includes('text/event-stream');
}

/**
 * Answers an agent turn. The first event is awaited before any byte is sent, so a turn that fails
 * at once (nothing to resume, bad thread) gets its proper HTTP status. Then either the events are
 * streamed as SSE (`event:` = type, `data:` = JSON, keep-alive comments, stopped when the client
 * goes away) or collected into the JSON answer.
 */
export async function respondWithTurn(
  c: Context<AppEnv>,
  events: AsyncIterable<AgentEvent>,
  options: { logger: Logger; keepAliveMs: number; limiter?: TurnLimiter },
): Promise<Response> {
  const release = (await options.limiter?.acquire()) ?? (() => {});
  const iterator = events[Symbol.asyncIterator]();
  let first: IteratorResult<AgentEvent>;
  try {
    first = await iterator.next();
  } catch (error) {
    release();
    throw error;
  }
  if (!wantsStream(c)) {
    try {
      let step = first;
      while (!step.done) {
        const event = step.value;
        if (event.type === 'final') {
          await iterator.return?.();
          return c.json(event.answer);
        }
        if (event.type === 'error') throw new MixPilotError(event.code as never, event.message);
        step = await iterator.next();
      }
      throw new MixPilotError('internal', 'the agent ended without an answer');
    } finally {
      release();
    }
  }
  const requestId = c.get('requestId');
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    let open = true;
    stream.onAbort(() => {
      open = false;
      options.logger.info('chat stream closed by the client', { requestId });
      void iterator.return?.();
    });
    const ping = setInterval(() => {
      void stream.write(': keep-alive\n\n');
    }, options.keepAliveMs);
    try {
      let step = first;
      while (!step.done && open) {
        const event = step.value;
        await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
        if (event.type === 'final' || event.type === 'error') break;
        step = await iterator.next();
      }
    } catch (error) {
      options.logger.error('chat stream failed', {
        requestId,
        error: error instanceof Error ? error.message : String(error),
      });
      if (open) {
        const event: AgentEvent = {
          type: 'error',
          code: 'internal',
          message: `internal error (request ${requestId})`,
        };
        await stream.writeSSE({ event: 'error', data: JSON.stringify(event) });
      }
    } finally {
      clearInterval(ping);
      release();
    }
  });
}
