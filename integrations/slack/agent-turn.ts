import type { AgentAnswer, AgentEvent } from '../../agent';

/** How one agent turn ended. */
export type TurnOutcome =
  | { ok: true; answer: AgentAnswer }
  | { ok: false; code: string; message: string };

/**
 * Consumes an agent event stream to its end. A thrown error or a stream that ends without a
 * `final` event becomes a failed outcome; `onStatus` sees each status message.
 */
export async function collectTurn(
  events: AsyncIterable<AgentEvent>,
  onStatus?: (message: string) => void,
): Promise<TurnOutcome> {
  try {
    for await (const event of events) {
      if (event.type === 'status') onStatus?.(event.message);
      else if (event.type === 'final') return { ok: true, answer: event.answer };
      else if (event.type === 'error')
        return { ok: false, code: event.code, message: event.message };
    }
    return { ok: false, code: 'internal', message: 'the agent stream ended without an answer' };
  } catch (error) {
    const code =
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      typeof error.code === 'string'
        ? error.code
        : 'internal';
    return { ok: false, code, message: error instanceof Error ? error.message : String(error) };
  }
}

const SHOWN_TO_USER = new Set(['invalid_input', 'unprocessable', 'not_found', 'conflict']);

/**
 * The short, polite sentence a Slack user sees when a turn fails. Input problems keep the
 * agent's one-line reason (written for marketers); anything else stays generic.
 */
export function politeError(code: string, message: string): string {
  if (SHOWN_TO_USER.has(code)) return `Sorry, I couldn't answer that: ${message}`;
  if (code === 'rate_limited') {
    return "I'm handling a lot of questions right now. Please try again in a minute.";
  }
  if (code === 'upstream') {
    return "A service I rely on didn't respond. Please try again in a moment.";
  }
  return 'Sorry, something went wrong while I was working on that. Please try again; if it keeps happening, let your MixPilot admin know.';
}
