import { saidLayout } from './even-layout-words';
import { skeleton } from './skeleton';
import { channelRefs } from './token-utils';
import { readTurn, type TurnContext } from './turn-context';

/** The message's parts, split where one thing said ends and another begins. */
export const partsOf = (text: string) =>
  text.split(/\s*(?:[,;.+]|\b(?:and|but|then|while)\b|\bplus\b(?! [$€£]?\d))\s*/);

/**
 * The layout each channel's own part of the message asks for: "TV always-on and search in
 * bursts" lays TV out evenly and search in bursts. Channels named in no part that says a layout
 * are left out (the caller gives them the message's layout).
 */
export function layoutsByPart(ctx: TurnContext): Record<string, 'even' | 'bursts'> {
  const out: Record<string, 'even' | 'bursts'> = {};
  for (const part of partsOf(ctx.text)) {
    const tokens = readTurn(part, ctx.catalog, ctx.frequency).tokens;
    const layout = saidLayout(skeleton(tokens));
    if (!layout) continue;
    for (const c of channelRefs(tokens)) out[c] ??= layout;
  }
  return out;
}
