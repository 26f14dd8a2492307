import type { AgentAnswer, AgentService } from '../../agent';

/** The end of one agent turn: the final answer, or why there is none. */
export type TurnEnd = { answer: AgentAnswer } | { error: string };

/**
 * Runs one turn and waits for its final event, at most `timeoutMs`. On time-out the event
 * stream is closed and the turn reports an error.
 */
export async function collectTurn(
  agent: AgentService,
  input: { workspaceId: string; threadId?: string; question: string },
  timeoutMs: number,
): Promise<TurnEnd> {
  let iterator: AsyncIterator<unknown> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const consume = async (): Promise<TurnEnd> => {
    const events = agent.answer(input);
    iterator = events[Symbol.asyncIterator]();
    for (;;) {
      const next = await iterator.next();
      if (next.done) return { error: 'the agent ended without an answer' };
      const event = next.value as {
        type: string;
        answer?: AgentAnswer;
        code?: string;
        message?: string;
      };
      if (event.type === 'final' && event.answer) return { answer: event.answer };
      if (event.type === 'error') return { error: `${event.code}: ${event.message}` };
    }
  };
  const timeout = new Promise<TurnEnd>((resolve) => {
    timer = setTimeout(
      () => resolve({ error: `timed out after ${Math.round(timeoutMs)} ms` }),
      timeoutMs,
    );
  });
  try {
    const end = await Promise.race([
      consume().catch(
        (error: unknown): TurnEnd => ({
          error: error instanceof Error ? error.message : String(error),
        }),
      ),
      timeout,
    ]);
    void iterator?.return?.()?.catch(() => {});
    return end;
  } finally {
    clearTimeout(timer);
  }
}
