import type { Cue } from './cue';

/**
 * A question about how the budget is spread today ("what's the current mix?", "how is the
 * budget currently split across channels?", "what do we spend per channel?"): answered with
 * the mix over the recent spend window, each channel's part of spend beside its part of media's
 * effect. Not a change to
 * simulate and not a new split to find: a change, an amount, a condition or a wish for a better
 * split ("should", "best", "optimal") leaves it to the planning cues.
 */
const NOW = '(?:current|currently|today s|existing|present|right now|at the moment|atm|now|today)';
const SPREAD =
  '(?:mix|media mix|marketing mix|spend mix|channel mix|allocation|split|spend split|budget split|spread)';
/** "in 2023", "last quarter", "for Q3": the mix over another period. */
const PERIOD =
  '(?:(?:in|for|during|over|across) )?(?:(?:the )?(?:last|this|previous|past) (?:quarter|year|month|week)|q[1-4](?: YEAR)?|h[12](?: YEAR)?|YEAR)';
const CURRENT_MIX = new RegExp(
  [
    // "what's the current mix?", "show me our existing allocation", "what's our media mix today?"
    `^(?:what (?:is|are|was|were) |show (?:me |us )?|give (?:me |us )?|list |can (?:i|we) see )(?:our |the |my )?(?:${NOW} )?${SPREAD}\\b(?: (?:by|per|across) (?:channels?|media)| (?:of|for|between|across|among) CH(?: (?:and|vs|versus|,|or) CH)*)?(?: (?:${NOW}|like|look like|looking like|at the moment))?(?: ${PERIOD})?\\s*\\?*$`,
    // "how is the budget currently split across channels?", "how's our spend divided today?"
    `\\bhow (?:is|are|was|were) (?:our |the |my )?(?:media |marketing )?(?:budget|spend|spending|money|mix)(?: ${NOW})? (?:split|allocated|spread|distributed|divided|broken down|carved up|divided up|split up|shared out)\\b`,
    // "what's our mix look like atm", "what does the mix look like right now?"
    `\\bwhat(?: s| is| does)? (?:our |the |my )?(?:${NOW} )?${SPREAD} look(?:s|ing)? like\\b`,
    // "what do we spend per channel?", "how much are we spending on each channel?"
    `\\b(?:what|how much) (?:do|are|did) (?:we|i) (?:currently )?(?:spend|spending)(?: ${NOW})? (?:on |in )?(?:each|every|per|by) (?:channel|medium|media)\\b`,
    // "what's the current spend on TV?", "what's TV's spend today?", "what's our budget?"
    `^what (?:is|are|was|were) (?:our |the |my )?(?:CH )?(?:${NOW} )?(?:media |marketing |ad |advertising )?(?:spend|spending|budget|investment)(?: (?:on|for|in) CH)?(?: ${NOW})?(?: ${PERIOD})?\\s*\\?*$`,
    // "is our spend split in line with where the results come from?"
    `\\b(?:is|are) (?:our |the |my )?(?:spend |budget |media )?${SPREAD} (?:in line|aligned|consistent|matched|proportionate) (?:with|to)\\b`,
    // "is the current mix any good?", "is our allocation sensible?": judged from the breakdown.
    `\\b(?:is|are) (?:our |the |my |this )?(?:${NOW} )?${SPREAD}(?: ${NOW})? (?:any good|good|ok|okay|right|sensible|working|healthy|balanced|reasonable|efficient|effective|decent)\\b`,
    // "show me current spend by channel", "current spend per channel"
    `\\b${NOW} (?:spend|spending|budget|investment)s? (?:by|per|for each|of each|across|on each) (?:channel|medium|media)\\b`,
    // "where's our money going at the moment?", "what share of the budget is each channel getting?"
    `\\bwhere (?:is|are) (?:our |the |my )?(?:money|budget|spend|spending|dollars) (?:going|being spent|spent)\\b`,
    `\\bwhat (?:share|part|portion|proportion|percentage|%) of (?:the |our |my )?(?:budget|spend|spending|money) (?:is|does) (?:each|every) (?:channel|medium) (?:get|getting|take|taking)\\b`,
    // "are we spending in the right places given what's working?": the mix judged against results.
    `\\bare (?:we|our (?:budget|spend|dollars|money)) (?:spending |spent |going |put |putting (?:our |the )?(?:money|budget|spend|dollars) )?(?:in|into) the right (?:place|places|channels)\\b`,
  ].join('|'),
);

const WISH = /\b(?:if|should|would|could|best|better|optimal|ideal|recommend\w*|PCT|MONEY|MULT)\b/;

/** Whether the message skeleton asks how the budget is split today (not how it should be). */
export function asksCurrentMix(skel: string): boolean {
  return CURRENT_MIX.test(skel) && !WISH.test(skel);
}

/** The cue, for the breakdown's list; strong enough to outweigh "split" as a planning word. */
export const CURRENT_MIX_CUE: Cue = {
  re: CURRENT_MIX,
  weight: 4,
  unless: (skel) => WISH.test(skel),
};
