import type { ScenarioChange } from '../../tools';
import { wordOf } from './token-utils';
import type { TurnContext } from './turn-context';

/** "split 2:1", "in a 3:2:1 ratio": the parts of a split, in the order the receivers are named. */
const RATIO = /(?<![\d.:])(\d+(?:\.\d+)?) ?: ?(\d+(?:\.\d+)?)(?: ?: ?(\d+(?:\.\d+)?))?(?![\d.:])/;
/** "three to one", "two to one": a two-part ratio said in words. */
const NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const IN_WORDS =
  /\b([1-9]|one|two|three|four|five) to ([1-9]|one|two|three|four|five)\b(?! ?(?:%|k\b|m\b|weeks?|days?|months?|years?|PCT|MONEY))/;
/** "in TikTok's favour", "favouring search": the receiver the larger part goes to. */
const FAVOURED = /^(?:favou?r|favou?rs|favou?ring)$/;

/**
 * A move to several channels split in a stated ratio ("move 30% of display into TikTok and Meta,
 * 2:1 in TikTok's favour") takes the ratio as its weights, in the order the receivers are named,
 * the largest part to a receiver said to be favoured. Other changes, and a ratio whose parts do
 * not match the receivers, are left as they are (split evenly).
 */
export function withMoveRatio(changes: ScenarioChange[], ctx: TurnContext): ScenarioChange[] {
  const m = RATIO.exec(
    ctx.text.replace(
      IN_WORDS,
      (_, a: string, b: string) => `${NUMBER[a] ?? Number(a)}:${NUMBER[b] ?? Number(b)}`,
    ),
  );
  if (!m) return changes;
  const parts = m
    .slice(1)
    .filter((v): v is string => v !== undefined)
    .map(Number);
  const splits = changes.filter(
    (c) => c.type === 'move' && Array.isArray(c.to) && c.to.length === parts.length,
  );
  if (splits.length !== 1 || parts.some((p) => !(p > 0))) return changes;
  const favoured = ctx.tokens.find(
    (t, i) =>
      t.t === 'ch' &&
      // "TikTok's favour", "favouring TikTok", "in favour of TikTok".
      [
        ctx.tokens[i + 1],
        ctx.tokens[i + 2],
        ctx.tokens[i - 1],
        wordOf(ctx.tokens[i - 1]) === 'of' ? ctx.tokens[i - 2] : undefined,
      ].some((n) => n?.t === 'w' && FAVOURED.test(n.w)),
  );
  return changes.map((c) => {
    if (c !== splits[0] || c.type !== 'move' || !Array.isArray(c.to)) return c;
    const at = favoured?.t === 'ch' ? c.to.indexOf(favoured.ref) : -1;
    const weights = [...parts];
    if (at >= 0) {
      // The largest part goes to the favoured receiver, the others keep their order.
      const top = weights.indexOf(Math.max(...weights));
      [weights[at], weights[top]] = [weights[top] as number, weights[at] as number];
    }
    return { ...c, weights };
  });
}
