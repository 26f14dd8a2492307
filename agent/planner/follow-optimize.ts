import { hasConstraints, parseConstraints } from './constraints';
import { KPI_WORDS } from './kpi-target';
import { AT_MOST_SPENT, buildOptimize } from './optimize-frame';
import type { PlannedCall } from './planner-types';
import { retuneBound } from './retune-bound';
import type { TurnContext } from './turn-context';

/* A follow-up to an optimisation: a new budget, margin or target, a bound added or retuned. */

export function followOptimize(prev: Record<string, unknown>, ctx: TurnContext): PlannedCall {
  const fresh = buildOptimize(ctx);
  const freshArgs = fresh.kind === 'calls' ? (fresh.calls[0]?.args ?? {}) : {};
  const args: Record<string, unknown> = { ...prev };
  for (const [k, v] of Object.entries(freshArgs)) {
    if (k === 'objective' && v === 'max_kpi') continue;
    if (k === 'constraints') continue;
    args[k] = v;
  }
  // A bare number after a profit plan is the new margin ("and with 40%?"), after a ROAS target
  // the new target ("what about 3?").
  const bare = ctx.tokens.find((t) => t.t === 'pct' || t.t === 'num' || t.t === 'mult');
  const budgetWords = /\b(?:budget|spend|spending|money|total|investment)\b/.test(ctx.text);
  const said = bare?.t && !budgetWords ? (bare.t === 'pct' ? bare.v / 100 : bare.v) : undefined;
  if (said !== undefined && !('margin' in freshArgs) && prev.objective === 'max_profit') {
    if (said > 0 && said <= 1) args.margin = said;
  }
  if (said !== undefined && !('targetRoas' in freshArgs) && prev.objective === 'target_roas') {
    if (said > 0) args.targetRoas = said;
  }
  if ('targetKpiPct' in freshArgs && !KPI_WORDS.test(ctx.text) && prev.objective !== 'target_kpi') {
    // "and with 10% more?" after a plan for a budget: more budget, not more sales.
    const pct = freshArgs.targetKpiPct as number;
    delete args.targetKpiPct;
    args.objective = prev.objective ?? 'max_kpi';
    if (typeof prev.budget === 'number') args.budget = Math.round(prev.budget * (1 + pct / 100));
    else args.budgetChangePct = pct;
  }
  // "what if we don't have to spend all of it?": the same budget as a ceiling.
  if (AT_MOST_SPENT.test(ctx.text)) args.totalMode = 'at_most';
  if ('budget' in freshArgs) delete args.budgetChangePct;
  if ('budgetChangePct' in freshArgs) delete args.budget;
  // "and with an extra 5%?" after a plan for 1.3m: 5% more than that budget, not than today's.
  if (typeof prev.budget === 'number' && typeof freshArgs.budgetChangePct === 'number') {
    args.budget = Math.round(prev.budget * (1 + freshArgs.budgetChangePct / 100));
    delete args.budgetChangePct;
  }
  const prevC = (prev.constraints ?? {}) as Record<string, unknown>;
  const { constraints } = parseConstraints(ctx.tokens, ctx.catalog.channels);
  const merged: Record<string, unknown> = { ...prevC };
  for (const [k, v] of Object.entries(constraints)) {
    if (Array.isArray(v)) merged[k] = [...new Set([...((prevC[k] as string[]) ?? []), ...v])];
    else merged[k] = { ...((prevC[k] as object) ?? {}), ...v };
  }
  // "make it 35%" after "search capped at 30%": the cap's new size, so the budget stays as it was.
  if (Object.keys(constraints).length === 0 && retuneBound(merged, ctx, prev)) {
    for (const k of ['budget', 'budgetChangePct']) {
      if (k in prev) args[k] = prev[k];
      else delete args[k];
    }
  }
  if (Object.keys(merged).length > 0) args.constraints = merged;
  return { name: 'optimize_budget', args };
}

const CONSTRAINT_WORDS =
  /\b(?:(?:cannot|can not|must not|may not|should not) (?:go |be |rise |fall |drop |get )?(?:above|over|below|under|exceed|more than|less than)|must|has to|have to|needs? to|at least|at most|no more than|no less than|not more than|not less than|minimum|maximum|floor(?:ed|s)?|cap|capped|keep|keeping|lock|locked|do not touch|don't touch|leave|without|excluding|except|ceiling|limit)\b|\bno (?:single |one )?channels? (?:above|over|below|under|more than|less than|exceeds?)\b/;

/**
 * A constraint added to the previous turn's optimization ("what if TV must be at least
 * $500k?", "keep radio where it is") or the budget made a ceiling ("what if we don't have to
 * spend all of it?"): the optimization again with it, not a what-if.
 */
export function addsConstraint(prev: PlannedCall | undefined, ctx: TurnContext): boolean {
  if (prev?.name !== 'optimize_budget') return false;
  if (AT_MOST_SPENT.test(ctx.text)) return true;
  if (!CONSTRAINT_WORDS.test(ctx.text)) return false;
  return hasConstraints(parseConstraints(ctx.tokens, ctx.catalog.channels).constraints);
}
