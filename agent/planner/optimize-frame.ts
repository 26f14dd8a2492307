import type { BudgetConstraints } from '../../tools';
import { moneyChangeSign } from './budget-change';
import { direction } from './change-clause';
import { hasConstraints, parseConstraints } from './constraints';
import { kpiTarget } from './kpi-target';
import { marginalFloor, marginalThreshold, returnAmounts } from './marginal-threshold';
import { speaksOfProfit } from './profit-margin';
import { channelRefs, textBetween, wordOf } from './token-utils';
import type { Token } from './tokens';
import type { FrameResult, TurnContext } from './turn-context';

const ROAS_WORDS = new Set(['roas', 'roi', 'return', 'returns', 'mroas', 'mroi']);

function near(
  tokens: Token[],
  i: number,
  span: number,
  pick: (t: Token) => boolean,
): Token | undefined {
  // "a 25% margin": the value right before the word is its own.
  const right = tokens[i - 1];
  if (right && pick(right)) return right;
  for (let d = 1; d <= span; d += 1) {
    const after = tokens[i + d];
    if (after && pick(after)) return after;
  }
  for (let d = 1; d <= Math.min(span, 2); d += 1) {
    const before = tokens[i - d];
    if (before && pick(before)) return before;
  }
  return undefined;
}

function targetRoas(ctx: TurnContext, used: Set<Token>): number | undefined {
  if (/\bbreak(?:s|ing)? ?even\b/.test(ctx.text)) return 1;
  const floor = marginalFloor(ctx);
  if (floor !== undefined) {
    for (const t of ctx.tokens) if (t.t === 'money' && t.v === floor) used.add(t);
    return floor;
  }
  // "the spend level where the last dollar pays back $1.10, and the mix there": that return.
  const level = channelRefs(ctx.tokens).length === 0 ? marginalThreshold(ctx) : undefined;
  if (level) {
    used.add(level.token);
    return level.value;
  }
  // "while each dollar still returns at least $1.30": a return per dollar said in money.
  const given = returnAmounts(ctx.tokens)[0];
  if (given?.t === 'money' && given.v > 0 && given.v <= 50) {
    used.add(given);
    return given.v;
  }
  const i = ctx.tokens.findIndex((t) => ROAS_WORDS.has(wordOf(t)));
  if (i < 0) return undefined;
  const cue =
    /\b(?:roas|roi|return|returns|mroas|mroi)\b[^?]*\b(?:above|at least|over|no lower than|not below|not under|floor|target|of|minimum|min|stays?|remains?|keep|>|hits?|reach|NUM|MULT)\b|\b(?:NUM|MULT) (?:roas|roi)\b|\btarget (?:roas|roi)\b/;
  if (!cue.test(ctx.skel)) return undefined;
  const hit = near(ctx.tokens, i, 5, (t) => t.t === 'num' || t.t === 'mult' || t.t === 'pct');
  if (!hit || hit.t === 'w' || hit.t === 'p' || hit.t === 'ch' || hit.t === 'money')
    return undefined;
  used.add(hit);
  const v = hit.t === 'pct' ? hit.v / 100 : hit.v;
  return v > 0 ? v : undefined;
}

/**
 * "we keep 40 pence of every pound", "30 cents on the dollar", "22 cents of every revenue dollar":
 * a margin said as a fraction.
 */
const PENCE =
  /\b(\d+(?:\.\d+)?) (?:pence|p|cents?|centimes?) (?:of|on|in|from|out of) (?:every|each|a|the) (?:(?:revenue|sales|turnover|incremental|extra) )?(?:pound|dollar|euro|buck)\b/;

export function margin(ctx: TurnContext, used: Set<Token> = new Set()): number | undefined {
  const pence = PENCE.exec(ctx.text);
  if (pence) {
    const v = Number(pence[1]) / 100;
    const hit = ctx.tokens.find((t) => t.t === 'num' && t.v === Number(pence[1]));
    if (hit) used.add(hit);
    if (v > 0 && v <= 1) return v;
  }
  const i = ctx.tokens.findIndex((t) => /^margins?$/.test(wordOf(t)));
  if (i < 0) return undefined;
  // "our gross margin on this account is 35 percent": the rate may come a few words later.
  const hit = near(ctx.tokens, i, 6, (t) => t.t === 'pct' || (t.t === 'num' && t.v > 0 && t.v < 1));
  if (!hit || (hit.t !== 'pct' && hit.t !== 'num')) return undefined;
  used.add(hit);
  const v = hit.t === 'pct' ? hit.v / 100 : hit.v;
  return v > 0 && v <= 1 ? v : undefined;
}

/** "hits our revenue target", "reach the sales goal": a KPI target named but not given. */
const UNSTATED_TARGET =
  /\b(?:hit|hits|hitting|reach|reaches|reaching|meet|meets|meeting|make|makes|achieve|achieves|deliver|delivers)\b (?:our|the|this|that|its|their|my) (?:\w+ )?(?:revenue|sales|kpi|conversions|orders|bookings|turnover) (?:target|goal|number|objective|plan)\b/;

/** "optimise for a target ROAS", "a ROAS floor": a level of return named but not given. */
const UNSTATED_ROAS =
  /\b(?:target|minimum|min|floor|hurdle) (?:m?roas|m?roi)\b|\b(?:m?roas|m?roi) (?:target|floor|hurdle|minimum)\b/;

/** The budget is a ceiling, said anywhere: "we don't have to spend it all", "spends up to that". */
/** "a cap on one channel", "a floor for some channels": a bound whose channel is not named. */
const UNNAMED_BOUND =
  /\b(?:a|an|some|one) (?:cap|limit|ceiling|floor|minimum|maximum|constraint|bound|max|min)s? (?:on|for|in) (?:one|a|some|a single|one of (?:the|our) |certain|specific) ?(?:channels?|media)\b/;

/** "we don't have to spend it all": the budget is a ceiling, not an amount to place. */
export const AT_MOST_SPENT =
  /\b(?:don t|do not|doesn t|does not|needn t|need not|no need to) (?:have to |need to )?(?:spend|use|deploy|invest) (?:it |the \w+ )?all\b|\b(?:spends?|spending|uses?|using) up to (?:that|it|this|the (?:budget|total|amount|cap))\b/;

const BUDGET_NOUN = /^(?:budget|budgets|spend|pot|total|media|investment|envelope|plan)$/;
const NOT_BUDGET =
  /^(?:retailer|company|business|brand|firm|revenue|sales|turnover|valuation|market|industry|client|account|group)$/;

/** "using the new number finance gave us": a budget the user has but did not say. */
const UNSTATED_BUDGET =
  /\b(?:the|our|a) (?:new |revised |updated |final |approved |latest )?(?:number|figure|budget|amount|envelope|total)s? (?:that )?(?:finance|the cfo|procurement|the board|leadership|management|they|he|she|my boss|the client|head office|hq)(?: team)? (?:gave|give|sent|approved|signed off|agreed|confirmed|came back with|set|handed|landed on)\b/;

/** "use the midpoint", "go down the middle": of a range, its centre. */
const MIDDLE = /\b(?:midpoint|mid point|middle|halfway|centre|center)\b/;

/**
 * The amount that is the budget: of several, the one said with a budget word ("our quarterly
 * media budget is $1.4m", "a 1.6m budget") and not a company's size ("a $1.2bn retailer"); in a
 * range, the end the user picks ("between 1.3m and 1.5m … optimise for the top end").
 */
function budgetAmount(ctx: TurnContext, used: Set<Token>): Token | undefined {
  const { tokens, text } = ctx;
  const free = tokens.filter((t) => t.t === 'money' && !used.has(t));
  if (free.length < 2) return free[0];
  const at = (t: Token) => tokens.indexOf(t);
  const range = /\bbetween MONEY and MONEY\b|\bMONEY (?:to|-) MONEY\b/.test(ctx.skel);
  if (range && /\b(?:top|upper|high|higher|max|maximum)(?: end)?\b/.test(text))
    return free.reduce((a, b) => ((b as { v: number }).v > (a as { v: number }).v ? b : a));
  if (range && /\b(?:bottom|lower|low|min|minimum)(?: end)?\b/.test(text))
    return free.reduce((a, b) => ((b as { v: number }).v < (a as { v: number }).v ? b : a));
  const [low, high] = free as { v: number }[];
  if (range && free.length === 2 && low && high && MIDDLE.test(text))
    return { t: 'money', v: (low.v + high.v) / 2 };
  const kept = free.filter((t) => !NOT_BUDGET.test(wordOf(tokens[at(t) + 1])));
  const said = kept.find((t) => {
    const i = at(t);
    const lead = [1, 2, 3].map((d) => wordOf(tokens[i - d]));
    return BUDGET_NOUN.test(wordOf(tokens[i + 1])) || lead.some((w) => BUDGET_NOUN.test(w));
  });
  return said ?? kept[0] ?? free[0];
}

/** Every named channel off, or all media when none is named. */
function switchedOff(channels: string[]): Record<string, unknown>[] {
  return channels.length > 0
    ? channels.map((channel) => ({ type: 'set', channel, amount: 0 }))
    : [{ type: 'total', percent: -100 }];
}

/** "where should it go?", "which channel should get it?", "where should the cut come from?" */
const WHERE_IT_GOES =
  /\bwhere (?:should|would|could|do|does|to|will|can|must|is)\b|\bwhich channels? (?:should|would|could|to|gets?|deserves?|takes?|loses?)\b|\bwhich (?:channels? |ones? )?(?:should|would|could|do|can) (?:we|i|you) (?:cut|trim|reduce)\b/;

/**
 * "If I had an extra $100k, where should it go?" asks where the extra goes on top of today's
 * plan, not for a new split of the larger budget (which would credit the extra with the gain of
 * re-splitting what is already spent): every channel keeps at least today's spend. A cut asked
 * the same way ("where should the $300k come from?") only takes away: no channel rises.
 */
function placeChangeOnly(
  args: Record<string, unknown>,
  constraints: BudgetConstraints,
  ctx: TurnContext,
): void {
  const change = args.budgetChangePct;
  if (typeof change !== 'number' || change === 0 || !WHERE_IT_GOES.test(ctx.text)) return;
  const channels = (args.channels as string[] | undefined) ?? ctx.catalog.channels;
  const key = change > 0 ? 'minMultiple' : 'maxMultiple';
  const bounds = { ...(constraints[key] ?? {}) };
  for (const c of channels) {
    const own =
      constraints.min?.[c] ??
      constraints.max?.[c] ??
      constraints.minShare?.[c] ??
      constraints.maxShare?.[c];
    if (own === undefined && bounds[c] === undefined && !constraints.locked?.includes(c))
      bounds[c] = 1;
  }
  if (Object.keys(bounds).length > 0) constraints[key] = bounds;
}

/**
 * Builds an optimize_budget call: objective (most KPI, profit with a margin, a ROAS floor, a
 * growth or KPI target), total budget or a change of it, channels to allocate among, constraints.
 */
export function buildOptimize(ctx: TurnContext): FrameResult {
  const { tokens, skel, text } = ctx;
  if (UNSTATED_BUDGET.test(text) && !tokens.some((t) => t.t === 'money' || t.t === 'pct')) {
    const question = 'What is that budget? Give me the amount and I will split it.';
    return {
      kind: 'clarify',
      question,
      options: [],
      pending: { intent: 'optimize', missing: 'amount', text: ctx.raw },
    };
  }
  // "optimise with a cap on one channel": a bound on a channel still to be named, with its size.
  if (
    UNNAMED_BOUND.test(text) &&
    !tokens.some((t) => t.t === 'ch' || t.t === 'money' || t.t === 'pct' || t.t === 'mult')
  ) {
    const question =
      'Which channel should the limit apply to, and how big is it? For example: "TV at most $300k" or "no more than 40% in search".';
    return {
      kind: 'clarify',
      question,
      options: [],
      pending: { intent: 'optimize', missing: 'channel', text: 'optimise the budget with' },
    };
  }
  // "find the cheapest plan that hits our revenue target": which target is asked.
  if (
    UNSTATED_TARGET.test(skel) &&
    !tokens.some((t) => t.t === 'money' || t.t === 'pct' || t.t === 'num')
  ) {
    const question = 'What is the target - a level such as $12M of revenue, or growth such as +5%?';
    return {
      kind: 'clarify',
      question,
      options: [],
      pending: {
        intent: 'optimize',
        missing: 'amount',
        text: 'the cheapest plan to reach a revenue target of',
      },
    };
  }
  // "how should we split a budget of $0?": nothing to split; what switching all media off does.
  if (
    tokens.some((t) => t.t === 'money' && t.v === 0) &&
    !tokens.some((t) => t.t === 'money' && t.v > 0) &&
    /\b(?:budget|split|allocate|spend|spread|divide)\b/.test(text)
  )
    return {
      kind: 'calls',
      calls: [{ name: 'what_if', args: { changes: switchedOff(channelRefs(tokens)) } }],
    };
  // "split -$1M": a budget below zero is a slip, asked back rather than read as $1M.
  if (/\b(?:split|allocate|spend|budget|optimi[sz]e)\b[^?]*\bminus MONEY\b/.test(skel)) {
    const question = 'A budget cannot be negative. How much should I split?';
    const named = channelRefs(tokens);
    return {
      kind: 'clarify',
      question,
      options: [],
      pending: {
        intent: 'optimize',
        missing: 'amount',
        text: `split the budget${named.length > 0 ? ` across ${named.map(ctx.catalog.label).join(' and ')}` : ''}`,
      },
    };
  }
  const parsed = parseConstraints(tokens, ctx.catalog.channels);
  const used = parsed.used;
  // A return per dollar ("until the last dollar brings back $1.50") is never the budget.
  for (const t of returnAmounts(tokens)) used.add(t);
  const args: Record<string, unknown> = { objective: 'max_kpi' };
  const roas = targetRoas(ctx, used);
  // "optimise for a target ROAS": which return is asked, and the answer becomes the target.
  if (roas === undefined && UNSTATED_ROAS.test(skel) && !/\b(?:NUM|MULT|PCT)\b/.test(skel)) {
    const question = 'What ROAS should the plan keep - for example 1.5 ($1.50 back per dollar)?';
    const text = 'optimise for a target roas of';
    return {
      kind: 'clarify',
      question,
      options: [],
      pending: { intent: 'optimize', missing: 'amount', text },
    };
  }
  if (roas !== undefined) {
    args.objective = 'target_roas';
    args.targetRoas = roas;
  } else if (speaksOfProfit(skel)) {
    args.objective = 'max_profit';
    const m = margin(ctx, used);
    if (m !== undefined) args.margin = m;
  }
  if (args.objective === 'max_kpi') {
    const target = kpiTarget(ctx, used);
    if (target) Object.assign(args, { objective: 'target_kpi', ...target });
  }
  const money = budgetAmount(ctx, used);
  const sign = moneyChangeSign(skel, text);
  if (money?.t === 'money' && money.v > 0 && sign !== undefined && ctx.referenceTotal) {
    args.budgetChangePct = Math.round((sign * money.v * 1e6) / ctx.referenceTotal) / 1e4;
  } else if (money?.t === 'money' && money.v > 0) {
    args.budget = money.v;
    const at = tokens.indexOf(money);
    const lead = textBetween(tokens, at - 3, at);
    const tail = textBetween(tokens, at + 1, at + 5);
    if (
      /\b(?:up to|at most|no more than|maximum of|max of|not more than|cap of|capped at)$/.test(
        lead,
      ) ||
      AT_MOST_SPENT.test(text) ||
      /^(?:\W*\s*)?(?:dollars |euros |pounds |in total |total )?\W*\s*(?:at most|at the most|max|maximum|tops|or less|at a maximum)\b/.test(
        tail,
      )
    )
      args.totalMode = 'at_most';
  } else {
    const pct = tokens.find((t) => t.t === 'pct' && !used.has(t));
    const budgetCue =
      /\b(?:budget|spend|spending|money|investment|dollars|media)\b/.test(text) ||
      // "if finance cuts us by 15%, how should we re-allocate what we have left?"
      /\b(?:cuts?|cutting|trims?|trimming|reduces?|reducing|slashes|slashing|squeezes?) (?:us|our \w+|the \w+) by PCT\b/.test(
        skel,
      ) ||
      // "where should we cut 10%?": a share taken out with no channel named is out of the budget.
      (WHERE_IT_GOES.test(text) &&
        channelRefs(tokens).length === 0 &&
        /\b(?:cut|cutting|trim|trimming|slash|slashing|shave|shaving|reduce|reducing|lose|losing)(?: (?:out|off|back))? (?:another |an? |the )?PCT\b|\b(?:cut|reduction|trim|haircut) of PCT\b|\bPCT (?:cut|reduction|trim|haircut)\b/.test(
          skel,
        )) ||
      /\bPCT (?:less|more|lower|higher|smaller|bigger|fewer)\b(?! (?:revenue|sales|kpi|conversions|orders))|\b(?:extra|additional|another) PCT\b(?! (?:revenue|sales|kpi|conversions|orders|growth|uplift|lift))/.test(
        skel,
      );
    if (pct?.t === 'pct' && budgetCue) {
      args.budgetChangePct = direction(text.split(' ')) === -1 ? -pct.v : pct.v;
    }
  }
  if (parsed.channels && parsed.channels.length > 0) args.channels = parsed.channels;
  placeChangeOnly(args, parsed.constraints, ctx);
  if (hasConstraints(parsed.constraints)) args.constraints = parsed.constraints;
  if (ctx.horizon !== undefined) args.horizon = ctx.horizon;
  return { kind: 'calls', calls: [{ name: 'optimize_budget', args }] };
}
