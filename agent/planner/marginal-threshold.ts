import { skeleton } from './skeleton';
import type { Token } from './tokens';
import type { TurnContext } from './turn-context';

/**
 * A level of marginal return, on the skeleton: "marginal ROAS drops to NUM", "mROAS hits NUM",
 * "marginal ROI on CH falls below NUM", "keeps our marginal ROAS at or above NUM". A source
 * string, so intent cues can build on it.
 */
export const MARGINAL_AT =
  '(?:marginal (?:roas|roi|return|returns)|mroas|mroi)(?: (?:on|for|of|in) CH)?(?: (?:still|only|drops?|dropping|falls?|falling|declines?|declining|sinks?|sinking|gets?|goes|go|comes?|hits?|hitting|reach|reaches|reaching|equals?|is|stays?|remains?|keeps?|down|to|at|or|below|under|above|least|of))+ (?:NUM|MULT)\\b';

/** "which channels still pay back at the margin?": of the next dollar, not a profit margin. */
export const AT_THE_MARGIN = /\b(?:at|on) the margin\b/;

const MARGINAL_AT_RE = new RegExp(`\\b${MARGINAL_AT}`);
const MARGINAL_WORD = /^(?:marginal|mroas|mroi)$/;

const CURRENCY_WORD = /^(?:dollar|pound|euro|buck)$/;
/** "the last dollar", "each extra pound": the unit of spend a marginal return is said of. */
const LAST_UNIT =
  '(?:every|each|the|an?) (?:extra|additional|next|last|marginal|incremental) (?:dollar|pound|euro|buck)';
/** "brings back", "returning", "pays us back": what a unit of spend gives back, in any form. */
const RETURNS =
  '(?:brings?|bringing|returns?|returning|generates?|generating|makes?|making|earns?|earning|delivers?|delivering|yields?|yielding|gets?|getting|pays?|paying|comes?|coming)(?: us)?(?: back)?';
/** "where each extra dollar only brings back $1.20": a level of marginal return said in money. */
export const MARGINAL_MONEY = new RegExp(
  `\\b${LAST_UNIT}\\b[^?.]*\\b${RETURNS} (?:only |just |about |around |roughly |exactly )?MONEY\\b`,
);

/** The level of marginal return a message asks about, and the token that said it. */
export interface MarginalThreshold {
  value: number;
  token: Token;
}

/**
 * Reads the marginal return a message asks about ("find the spend level where TV's marginal
 * ROAS drops to 1.8" → 1.8): the first number after the words for marginal return.
 */
export function marginalThreshold(ctx: TurnContext): MarginalThreshold | undefined {
  if (MARGINAL_MONEY.test(ctx.skel)) {
    const i = ctx.tokens.findIndex((t) => t.t === 'w' && CURRENCY_WORD.test(t.w));
    const token = ctx.tokens.slice(i).find((t) => t.t === 'money');
    if (token?.t === 'money' && token.v > 0 && token.v <= 50) return { value: token.v, token };
  }
  if (!MARGINAL_AT_RE.test(ctx.skel)) return undefined;
  const start = ctx.tokens.findIndex((t) => t.t === 'w' && MARGINAL_WORD.test(t.w));
  const token = ctx.tokens.slice(start).find((t) => t.t === 'num' || t.t === 'mult');
  if (token?.t !== 'num' && token?.t !== 'mult') return undefined;
  return token.v > 0 ? { value: token.v, token } : undefined;
}

/**
 * A floor on the return of the last unit of spend, said in money or as a level: "while every extra
 * dollar still brings back at least $1.80", "the next dollar has to return at least 1.8", "as
 * long as each additional pound returns more than £1.50", or as where to stop: "keep adding
 * until the next dollar brings back less than $2".
 */
export const MARGINAL_FLOOR = new RegExp(
  `\\b${LAST_UNIT}\\b[^?.]*\\b(?:${RETURNS} (?:at least|more than|over|above|no less than) (?:MONEY|MULT|NUM)\\b|(?:comes?|come|coming|pays?) back (?:at|with) (?:MONEY|MULT|NUM) or (?:better|more|above|higher)\\b)|\\b(?:until|till|stop(?:ping)? (?:when|once|where))\\b ${LAST_UNIT}\\b[^?.]*\\b${RETURNS} (?:less than|under|below|no more than) MONEY\\b`,
);

/**
 * The level of a marginal floor (1.8 for "… brings back at least $1.80", 1.5 for "every marginal
 * pound to come back at 1.5x or better").
 */
export function marginalFloor(ctx: TurnContext): number | undefined {
  if (!MARGINAL_FLOOR.test(ctx.skel)) return undefined;
  const i = ctx.tokens.findIndex((t) => t.t === 'w' && CURRENCY_WORD.test(t.w));
  const level = ctx.tokens.slice(i).find((t) => t.t === 'money' || t.t === 'mult' || t.t === 'num');
  return level && 'v' in level && level.v > 0 && level.v <= 50 ? level.v : undefined;
}

/** "… stops returning at least MONEY", "… brings back only MONEY": an amount a unit gives back. */
const GIVEN_BACK = new RegExp(
  `\\b(?:dollar|pound|euro|buck|quid)s?\\b[^?.]*\\b${RETURNS} (?:(?:at least|more than|less than|over|above|under|below|no less than|no more than|only|just|about|around|roughly|exactly|still) )*MONEY$`,
);
/** "MONEY back per dollar", "MONEY for every pound spent": an amount said per unit of spend. */
const PER_UNIT =
  /^MONEY (?:back )?(?:per|for every|for each|on every|on each|of every|from every|from each) (?:(?:extra|additional|next|last|marginal|incremental|media|ad) )?(?:dollar|pound|euro|buck|quid)\b/;

/**
 * The amounts that are a return per unit of spend ("before the last dollar stops returning at
 * least $1.50", "$1.20 back per pound"): levels of return, never a budget.
 */
export function returnAmounts(tokens: Token[]): Token[] {
  const words = skeleton(tokens).split(' ');
  return tokens.filter(
    (t, i) =>
      t.t === 'money' &&
      (GIVEN_BACK.test(words.slice(0, i + 1).join(' ')) || PER_UNIT.test(words.slice(i).join(' '))),
  );
}
