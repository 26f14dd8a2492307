import { margin } from './optimize-frame';
import type { PlannedCall } from './planner-types';
import { speaksOfProfit } from './profit-margin';
import type { TurnContext } from './turn-context';

/** A plan asked for rather than a change priced: "the most profitable split", "optimise for profit". */
const PLAN_ASKED =
  /\b(?:best|optimal|optimi[sz]\w*|most profit\w*|maximi[sz]\w*|split|allocat\w*|reallocat\w*|mix)\b/;

/** The margin a message gives for pricing a what-if in profit ("… to profit at a 40% margin?"). */
function profitMargin(ctx: TurnContext): number | undefined {
  return speaksOfProfit(ctx.skel) && !PLAN_ASKED.test(ctx.text) ? margin(ctx) : undefined;
}

/**
 * "What does that do to profit at a 40% margin?" after a what-if: the same what-if, priced in
 * profit, not a new profit-maximising plan.
 */
export function pricesWhatIf(prev: PlannedCall | undefined, ctx: TurnContext): boolean {
  return prev?.name === 'what_if' && profitMargin(ctx) !== undefined;
}

/** A what-if asked about in profit carries the margin ("switch off radio: profit at 35%?"). */
export function withProfitMargin(calls: PlannedCall[], ctx: TurnContext): PlannedCall[] {
  const m = profitMargin(ctx);
  const first = calls[0];
  if (m === undefined || first?.name !== 'what_if') return calls;
  return [{ ...first, args: { ...first.args, margin: m } }, ...calls.slice(1)];
}
