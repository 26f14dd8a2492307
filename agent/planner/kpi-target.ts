import { wordOf } from './token-utils';
import type { Token } from './tokens';
import type { TurnContext } from './turn-context';

/** A KPI goal of an optimization: growth in percent over the reference, or a level to reach. */
export type KpiTarget = { targetKpiPct: number } | { targetKpi: number };

const KPI = '(?:sales|revenue|revenues|kpi|conversions|turnover|orders)';
export const KPI_WORDS =
  /\b(?:sales|revenue|revenues|kpi|conversions|turnover|income|top line|topline|orders)\b/;

/**
 * Growth asked of the KPI, on the skeleton: "grow sales 5%", "5% more revenue", "sales up 5%",
 * "a growth of 5%", "deliver +5% revenue", "5% revenue growth", "revenue +5%", "an extra 5% in sales".
 */
const GROWTH = [
  new RegExp(
    `\\b(?:grow|increase|lift|boost|raise|up|improve|growing)\\w* (?:our |the |total )?${KPI}\\b[^?]*\\bPCT\\b`,
  ),
  // Not "we're getting 10% more", "optimise w/ 20% more $$": money given, not sales asked for.
  /(?<!\b(?:budget|spend|spending|money|investment|media|marketing|getting|get|gets|got|given|have|with|w) )\bPCT (?:more|higher|extra|additional|growth|increase|uplift|lift|up)\b(?! ?(?:(?:in|on|across|of|to|for) (?:the |our |my |total |whole |entire |overall )*)?(?:budget|money|spend|spending|media|marketing|investment|dollars|to spend|cash|funds|\$))/,
  new RegExp(
    `\\b${KPI} (?:up|by|plus|growth of|to grow|grow by|increase of|increase by)\\b[^?]*\\bPCT\\b`,
  ),
  /\b(?:growth|uplift|lift) of PCT\b/,
  // "revenue 12% above where it is today", "sales 5% higher than now"
  new RegExp(
    `\\b${KPI} (?:to be |to come in |at )?PCT (?:above|over|higher than|up on|ahead of|more than)\\b`,
  ),
  new RegExp(
    `\\b(?:deliver|reach|hit|get|achieve|drive|generate|gain|add|need|make)\\w* (?:us |a |an )?(?:plus )?PCT (?:more |extra |additional |higher )?${KPI}\\b`,
  ),
  new RegExp(`\\bPCT ${KPI} (?:growth|increase|uplift|lift|gain)\\b`),
  // "an extra 5% revenue", "another 5% in sales"
  new RegExp(`\\b(?:extra|additional|another) PCT (?:(?:in|of|on) )?(?:our |the )?${KPI}\\b`),
  new RegExp(
    `\\b(?:target|goal|ambition|objective|aim)s? (?:is |of |= |: )?(?:a |an )?(?:plus )?PCT (?:more |extra |additional |higher |of )?${KPI}\\b`,
  ),
];
/** "We need 15 million in revenue", "our target is $20M of sales": a level the plan must reach. */
const NEED = new RegExp(
  `\\b(?:need|needs|want|wants|promised|promise|committed|committing|guaranteed?|owe|targeting|target(?: is)?|aim(?:ing)? for|goal (?:is|of)|must (?:make|do|hit|bring in))\\b(?: \\w+){0,3}? MONEY (?:in|of) (?:total )?${KPI}\\b`,
);
/** "the revenue target is €11m", "our sales goal: $20M": a level named as the KPI's target. */
const NAMED_TARGET = new RegExp(
  `\\b${KPI} (?:target|goal|objective|ambition)s? (?:is |of |= |: |for \\w+ (?:is )?)?(?:about |around |roughly )?MONEY\\b`,
);
const REACH =
  /\b(?:reach|hit|get to|gets? (?:us|me) to|getting (?:us )?to|achieve|make|generate|deliver|attain)\b[^?]*\bMONEY\b/;

/**
 * Reads a KPI target for an optimization ("what budget do we need to deliver +5% revenue?",
 * "how much must we spend to reach $12M in sales?") and marks the token it used.
 */
export function kpiTarget(ctx: TurnContext, used: Set<Token>): KpiTarget | undefined {
  const { tokens, skel, text } = ctx;
  if (GROWTH.some((re) => re.test(skel))) {
    const pct = tokens.find((t) => t.t === 'pct' && !used.has(t));
    if (pct?.t !== 'pct') return undefined;
    used.add(pct);
    return { targetKpiPct: pct.v };
  }
  if (NEED.test(skel) || NAMED_TARGET.test(skel)) {
    const money = tokens.find((t) => t.t === 'money' && !used.has(t));
    if (money?.t === 'money') {
      used.add(money);
      return { targetKpi: money.v };
    }
  }
  const reach = REACH.test(skel) && KPI_WORDS.test(`${text} sales`);
  if (
    !reach ||
    !/\b(?:reach|hit|get to|gets? (?:us|me) to|getting (?:us )?to|achieve|target|need|must|goal|have to|has to|got to)\b/.test(
      text,
    )
  )
    return undefined;
  const idx = tokens.findIndex((t) =>
    /^(?:reach|hit|get|gets|getting|achieve|make|generate|deliver|attain)$/.test(wordOf(t)),
  );
  const money = tokens.slice(idx).find((t) => t.t === 'money' && !used.has(t));
  if (money?.t !== 'money') return undefined;
  used.add(money);
  return { targetKpi: money.v };
}
