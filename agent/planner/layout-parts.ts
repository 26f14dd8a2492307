import { saidLayout } from './even-layout-words';
import { skeleton } from './skeleton';
import { type PlannedLayout, plannedLayout, statedCadence } from './stated-burst';
import { channelRefs } from './token-utils';
import { readTurn, type TurnContext } from './turn-context';

/** The message's parts, split where one thing said ends and another begins. */
export const partsOf = (text: string) =>
  text.split(/\s*(?:[,;.+]|\b(?:and|but|then|while)\b|\bplus\b(?! [$€£]?\d))\s*/);

/**
 * The layout each channel's own part of the message asks for: "TV always-on and search in
 * bursts" lays TV out evenly and search in bursts, "TV in 4-week bursts" in bursts of 4 weeks,
 * "TV 3 weeks on, 1 off" in bursts of 3 with pauses of 1.
 * Channels named in no part that says a layout are left out (the caller gives them the
 * message's layout: `messageLayout`).
 */
export function layoutsByPart(ctx: TurnContext): Record<string, PlannedLayout> {
  const out: Record<string, PlannedLayout> = {};
  const whole = statedCadence(ctx.text, ctx.frequency);
  for (const part of partsOf(ctx.text)) {
    const tokens = readTurn(part, ctx.catalog, ctx.frequency).tokens;
    const layout = saidLayout(skeleton(tokens));
    if (!layout) continue;
    const cadence = statedCadence(part, ctx.frequency) ?? whole;
    for (const c of channelRefs(tokens)) out[c] ??= plannedLayout(layout, cadence);
  }
  return out;
}

/** The layout the message as a whole asks for, with the cadence it states, if any. */
export function messageLayout(ctx: TurnContext, layout: 'even' | 'bursts'): PlannedLayout {
  return plannedLayout(layout, statedCadence(ctx.text, ctx.frequency));
}
