import type { ChannelCatalog } from './channel-catalog';
import { MEANT } from './correction';
import type { IntentName, PendingFrame, PlannedCall } from './planner-types';
import { channelRefs } from './token-utils';
import { orList, type TurnContext } from './turn-context';

/** "and the other channel?", "what about the other one?": a channel named only as "the other". */
const THE_OTHER = /\b(?:the|that) other (?:channel|one|media|medium)\b/;

/** The channels a previous call was about. */
function namedIn(call: PlannedCall): string[] {
  const args = call.args as { channel?: unknown; channels?: unknown; changes?: unknown };
  const changes = Array.isArray(args.changes) ? (args.changes as Record<string, unknown>[]) : [];
  return [args.channel, args.channels, ...changes.flatMap((c) => [c.channel, c.from, c.to])]
    .flat()
    .filter((r): r is string => typeof r === 'string');
}

/**
 * "What if radio came down by 20%?" then "and the other channel?": with more than one other
 * channel in the data, which one is meant is asked; the answer replaces the channel of the
 * previous request, read as its correction.
 */
export function otherChannelQuestion(
  prev: PlannedCall | undefined,
  previousQuestion: string | undefined,
  intent: IntentName,
  ctx: TurnContext,
  catalog: ChannelCatalog,
): { question: string; options: string[]; pending: PendingFrame } | undefined {
  if (!prev || !previousQuestion || !THE_OTHER.test(ctx.text) || channelRefs(ctx.tokens).length)
    return undefined;
  const used = namedIn(prev);
  const others = catalog.channels.filter((c) => !used.includes(c));
  if (used.length === 0 || others.length < 2) return undefined;
  const options = others.map(catalog.label);
  return {
    question: `Which other channel do you mean: ${orList(options)}?`,
    options,
    pending: { intent, missing: 'channel', text: `${previousQuestion}${MEANT}` },
  };
}
