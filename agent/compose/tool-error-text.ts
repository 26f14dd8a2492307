import type { ToolCallRecord } from '../agent-types';
import type { ComposeContext } from './composed';

/** The argument path a tool puts before its reason ("changes[0].amount: …"), not for users. */
const FIELD =
  /^(?:[a-z]\w*(?:\[\d+\])+(?:\.\w+(?:\[\d+\])*)*|[a-z]\w*(?:\.\w+(?:\[\d+\])*)+|changes|channel|channels|period|budget|horizon|constraints|objective): /i;

function suggestion(call: ToolCallRecord, message: string, ctx: ComposeContext): string {
  const names = ctx.channels.map(ctx.label).join(', ');
  if (/\bunknown channel|\bno channel|\bnot a channel|\bno response model\b/i.test(message))
    return /\bclosest\b|\bdid you mean\b/i.test(message)
      ? ''
      : `The model's channels are ${names}.`;
  switch (call.name) {
    case 'what_if': {
      const changes = (call.args.changes ?? []) as { type?: string; from?: string; to?: unknown }[];
      const move = changes.find((c) => c.type === 'move' && typeof c.from === 'string');
      if (move?.from && /\bonly has\b|\bmore than\b/.test(message)) {
        const to = typeof move.to === 'string' ? ctx.label(move.to) : 'the other channels';
        return `Ask for at most that amount, or for a share of it instead, e.g. "what if we move half of ${ctx.label(move.from)} to ${to}?".`;
      }
      return 'Ask again with a smaller change or a share of the channel, and I will run it.';
    }
    case 'optimize_budget':
      return 'Ask again with a looser limit or another budget, and I will run it.';
    case 'get_contributions':
      return /\bperiod|\bdate|\bdata\b/i.test(message)
        ? 'Ask for a period inside the data, e.g. "last quarter" or a year it covers.'
        : 'Ask again naming a period or channels of the model.';
    case 'fit_model':
      return 'Check the lift test figures and ask again.';
    default:
      return 'Rephrase the request and I will try again.';
  }
}

/**
 * A tool's error said to the user as the tool wrote it (its figures are the tool's own, so the
 * guard can check them), without the argument path, and what to ask instead.
 */
export function toolErrorText(call: ToolCallRecord, ctx: ComposeContext): string {
  const raw = call.error?.message ?? 'the tool failed';
  const message = raw.replace(FIELD, '').trim();
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return `I couldn't do that: ${sentence} ${suggestion(call, message, ctx)}`.trim();
}
