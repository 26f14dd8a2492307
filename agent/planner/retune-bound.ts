import type { TurnContext } from './turn-context';

/* A follow-up that gives the one bound of the plan before a new size. */

/** "relax that to 35%", "tighten the cap to 20%", "make it 3x": a new value for the one bound. */
const RETUNE =
  /\b(?:relax|loosen|tighten|raise|lower|change|make|set|move|bump|increase|decrease|reduce|push|drop|up)\w* (?:that|it|this|the (?:cap|limit|floor|ceiling|constraint|minimum|maximum|bound|share))\b[^?]*\bto (?:PCT|MULT|MONEY)\b/;

/**
 * "make it 35%", "what about 35%?", "try 2x instead": a bare new number, with nothing else said.
 * After a plan with a single bound (and no margin or ROAS target a bare number would resize) it
 * is that bound's new size.
 */
const BARE_VALUE =
  /^(?:(?:and|but|ok|okay|so|now|then|hmm|actually|maybe|sorry|what about|how about|make (?:it|that|this)|try|with|go with|use|say|let us say|,)\s+)*(?:PCT|MULT|MONEY)(?:\s+(?:instead|then|rather|please|now|,))*(?:\s*[?.!])*$/;

/**
 * Resizes the one bound of `merged` (the previous plan's constraints) to the number the message
 * says, when it retunes a bound ("relax that to 35%") or says only a number of the bound's kind
 * after a plan for the most KPI. Returns whether it did: the number is then the bound's, never
 * a budget.
 */
export function retuneBound(
  merged: Record<string, unknown>,
  ctx: TurnContext,
  prev: Record<string, unknown>,
): boolean {
  const bare =
    BARE_VALUE.test(ctx.skel) &&
    (prev.objective ?? 'max_kpi') === 'max_kpi' &&
    // "make it 1.2m" after a plan for 1m is the new budget.
    !(ctx.tokens.some((t) => t.t === 'money') && ('budget' in prev || 'budgetChangePct' in prev));
  if (!RETUNE.test(ctx.skel) && !bare) return false;
  const entries = Object.entries(merged).filter(([, v]) => v && !Array.isArray(v));
  const [kind, bounds] =
    entries.length === 1 ? (entries[0] as [string, Record<string, number>]) : [];
  const channels = Object.keys(bounds ?? {});
  if (!kind || channels.length !== 1) return false;
  const said = ctx.tokens.find((t) => t.t === 'pct' || t.t === 'mult' || t.t === 'money');
  const value = /Share$/.test(kind)
    ? said?.t === 'pct' && said.v / 100
    : /Multiple$/.test(kind)
      ? said?.t === 'mult' && said.v
      : said?.t === 'money' && said.v;
  if (typeof value !== 'number' || value <= 0) return false;
  merged[kind] = { [channels[0] as string]: value };
  return true;
}
