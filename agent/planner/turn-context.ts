import type { Frequency } from '../../tools';
import type { ChannelCatalog } from './channel-catalog';
import { applyCorrection } from './correction';
import { markChannels } from './detect-channels';
import { normalizeText } from './normalize';
import type { AnswerLead, PendingFrame, PlannedCall } from './planner-types';
import { applyRates } from './rates';
import { skeleton } from './skeleton';
import { correctSpelling } from './spelling';
import { extractHorizon, extractPeriod } from './time-slots';
import type { Token } from './tokens';
import { tokenize } from './tokens';

/** Everything the frame builders read about one user message. */
export interface TurnContext {
  /** The message as the user wrote it (after removing instructions aimed at the system). */
  raw: string;
  /** Normalised text (lower case, digits, spelling fixed). */
  text: string;
  tokens: Token[];
  /** Slots as markers: "move PCT of CH to CH". */
  skel: string;
  catalog: ChannelCatalog;
  frequency: Frequency;
  period?: string;
  horizon?: number;
  /** Total spend of the reference plan over the horizon (recent run-rate), when the history is known. */
  referenceTotal?: number;
}

/**
 * The outcome of a frame builder: tool calls (for response curves, with the level of marginal
 * return the user asked about; for a what-if, the regions it was asked for; what the answer leads
 * with), or a question back to the user.
 */
export type FrameResult =
  | {
      kind: 'calls';
      calls: PlannedCall[];
      marginalRoi?: number;
      regions?: string;
      lead?: AnswerLead;
    }
  | { kind: 'clarify'; question: string; options: string[]; pending?: PendingFrame };

/** Reads one message into a turn context. */
export function readTurn(
  raw: string,
  catalog: ChannelCatalog,
  frequency: Frequency,
  spendHistory?: number[],
): TurnContext {
  const text = normalizeText(raw);
  const horizon = extractHorizon(text, frequency);
  const tokens = applyCorrection(
    correctSpelling(markChannels(applyRates(tokenize(text), frequency, horizon), catalog)),
  );
  return {
    raw,
    text,
    tokens,
    skel: skeleton(tokens),
    catalog,
    frequency,
    period: extractPeriod(text),
    horizon,
    referenceTotal: referenceTotal(spendHistory, horizon ?? QUARTER[frequency]),
  };
}

const QUARTER: Record<Frequency, number> = { weekly: 13, daily: 91, monthly: 3 };

/** The recent run-rate over `periods` periods times `periods`, as the tools' reference plan. */
function referenceTotal(history: number[] | undefined, periods: number): number | undefined {
  if (!history || history.length === 0) return undefined;
  const window = history.slice(Math.max(0, history.length - periods));
  const total = (window.reduce((a, b) => a + b, 0) / window.length) * periods;
  return total > 0 ? total : undefined;
}

/** Labels of the dataset's channels (or common kinds when no dataset is known), for questions. */
export function channelOptions(ctx: TurnContext, exclude: string[] = []): string[] {
  const names = ctx.catalog.known
    ? ctx.catalog.channels
    : ['tv', 'search', 'social', 'display', 'radio'];
  return names.filter((n) => !exclude.includes(n)).map((n) => ctx.catalog.label(n));
}

/** "TV, Search or Radio". */
export function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
