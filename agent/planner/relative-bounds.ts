import type { Token } from './tokens';

/* Bounds on a channel relative to its spend today, read from a constraint clause. */

const DOWN_VERB =
  '(?:cut|cuts|reduced?|lowered|lower|lose|loses|losing|drop|drops|fall|falls|shrink|shrinks|decrease[sd]?|go down|goes down|come down|be cut|be reduced|be lowered|be trimmed|trimmed|trim)';
const UP_VERB =
  '(?:go up|goes up|rise|rises|grow|grows|increase[sd]?|be raised|be increased|be grown|gain|gains|up|raise|raises|raised|scale up|be scaled up)';
const BY_AT_MOST =
  '(?:by )?(?:at most|no more than|not more than|up to|a maximum of|max(?:imum)?(?: of)?)';
const DOWN_BY_AT_MOST = new RegExp(`\\b${DOWN_VERB} ${BY_AT_MOST} PCT\\b`);
const UP_BY_AT_MOST = new RegExp(`\\b${UP_VERB} ${BY_AT_MOST} PCT\\b`);
const NOT_DOWN_MORE = new RegExp(
  `\\b(?:no|not|never|cannot|can't|shouldn't|mustn't)\\b(?: \\w+){0,4}? ${DOWN_VERB} (?:by )?more than PCT\\b`,
);
/** "facebook can't be cut by more than half", "TV may lose at most half". */
const NOT_DOWN_HALF = new RegExp(
  `\\b(?:(?:no|not|never|cannot|can't|shouldn't|mustn't)\\b(?: \\w+){0,4}? ${DOWN_VERB} (?:by )?(?:more than|over) half|${DOWN_VERB} ${BY_AT_MOST} half)\\b`,
);
const NOT_UP_MORE = new RegExp(
  `\\b(?:no|not|never|cannot|can't|shouldn't|mustn't)\\b(?: \\w+){0,4}? ${UP_VERB} (?:by )?more than PCT\\b`,
);
/** "…cut by more than 25% or raised by more than 60%": the second bound shares the negation. */
const OR_UP_MORE = new RegExp(`\\bor (?:be )?${UP_VERB} (?:by )?(?:more than|over) PCT\\b`);
const OR_DOWN_MORE = new RegExp(`\\bor (?:be )?${DOWN_VERB} (?:by )?(?:more than|over) PCT\\b`);

/** "within 50%", "±30%", "plus or minus 20%": a band either side of today's spend. */
const PLUS_MINUS = '(?:±|\\+/-|\\+-|plus or minus)';
const EITHER_WAY = new RegExp(`\\bwithin (?:${PLUS_MINUS} )?PCT\\b|(?:^|\\s)${PLUS_MINUS} PCT\\b`);

/** Words for a multiple of today's spend. */
export const MULTIPLE_WORDS: Record<string, number> = {
  double: 2,
  twice: 2,
  triple: 3,
  thrice: 3,
  quadruple: 4,
};

/**
 * Bounds relative to today's spend: "no more than double", "cannot more than double", "not
 * below half of today", "within 50% of current spend". Multiples of the reference plan.
 */
export function relativeBounds(
  text: string,
  clause: Token[],
  said = text,
  todaySaid = false,
): { min?: number; max?: number; used: Token[] } | undefined {
  const pct = clause.find((t) => t.t === 'pct');
  // A cap on the change itself: "can be cut by at most a quarter", "no channel should lose
  // more than 30%", "can go up at most 50%", or both ("…cut by more than 25% or raised by more
  // than 60%"), each with the percent that ends its phrase.
  const negatedDown = NOT_DOWN_MORE.exec(said);
  const negatedUp = NOT_UP_MORE.exec(said);
  const lower =
    DOWN_BY_AT_MOST.exec(said) ?? negatedDown ?? (negatedUp ? OR_DOWN_MORE.exec(said) : null);
  const raise =
    UP_BY_AT_MOST.exec(said) ?? negatedUp ?? (negatedDown ? OR_UP_MORE.exec(said) : null);
  const downPct = lower ? pctEnding(clause, said, lower) : undefined;
  const upPct = raise ? pctEnding(clause, said, raise) : undefined;
  const cut = downPct && downPct.v < 100 ? downPct : undefined;
  if (cut || upPct)
    return {
      ...(cut ? { min: 1 - cut.v / 100 } : {}),
      ...(upPct ? { max: 1 + upPct.v / 100 } : {}),
      used: [cut, upPct].filter((t) => t !== undefined),
    };
  if (NOT_DOWN_HALF.test(said)) return { min: 0.5, used: [] };
  if (pct?.t === 'pct' && EITHER_WAY.test(text) && pct.v < 100)
    return { min: 1 - pct.v / 100, max: 1 + pct.v / 100, used: [pct] };
  // A cap and a floor may come together: "no more than triple or fall below half of today";
  // the cap may be said of the channel ("no channel more than doubled").
  const up =
    /\b(?:more than|above|over|exceed|beyond|at most|no more than|not more than|up to|cap\w*(?: at)?) (?:be )?(double|twice|triple|thrice|quadruple)d?\b/.exec(
      text,
    );
  const max =
    up && !/\b(?:at least|no less than)\b/.test(text)
      ? (MULTIPLE_WORDS[up[1] ?? ''] ?? 2)
      : undefined;
  const floorHalf =
    /\b(?:below|under|less than|lower than|at least|no less than|not below|not under) half\b/.test(
      text,
    );
  // "half of it" is half of today's spend only when today's spend was the subject; "5% of it"
  // after a budget is a share of the budget.
  const ofToday = todaySaid ? '|it|them|that' : '';
  const floorPct =
    pct?.t === 'pct' &&
    new RegExp(
      `\\b(?:below|under|less than|lower than|at least|no less than|not below|not under) PCT of (?:what|its|their|current|today|the current${ofToday})\\b`,
    ).test(text);
  const min = floorHalf ? 0.5 : floorPct ? pct.v / 100 : undefined;
  // "…or go above 150% of it": a cap as a share of today's spend ("it" is today's spend once a
  // floor relative to it was said).
  const ofIt = todaySaid || floorPct ? '|it|them|that' : '';
  const ceiling = new RegExp(
    `\\b(?:above|over|more than|exceed\\w*|beyond|at most|no more than|not more than|up to|cap\\w*(?: at)?) (PCT) of (?:what|its|their|current|today|the current${ofIt})\\b`,
  ).exec(text);
  const capPct = ceiling
    ? nthPct(clause, text.slice(0, ceiling.index).split('PCT').length - 1)
    : undefined;
  const cap = max ?? (capPct && capPct.v > 100 ? capPct.v / 100 : undefined);
  if (cap === undefined && min === undefined) return undefined;
  return {
    ...(min !== undefined ? { min } : {}),
    ...(cap !== undefined ? { max: cap } : {}),
    used: [
      ...(floorPct && !floorHalf ? [pct] : []),
      ...(max === undefined && capPct && capPct.v > 100 ? [capPct] : []),
    ],
  };
}

/** The n-th percent token of a clause (0-based). */
function nthPct(clause: Token[], n: number): Extract<Token, { t: 'pct' }> | undefined {
  const tok = clause.filter((t) => t.t === 'pct')[n];
  return tok?.t === 'pct' ? tok : undefined;
}

/** The percent token that ends a match on the clause's words. */
function pctEnding(
  clause: Token[],
  said: string,
  m: RegExpExecArray,
): Extract<Token, { t: 'pct' }> | undefined {
  return nthPct(clause, said.slice(0, m.index + m[0].length).split('PCT').length - 2);
}
