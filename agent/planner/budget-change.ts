/**
 * An amount taken out of a total, on the skeleton: "take $300k out of the media budget",
 * "shave 50k off the total", "free up $200k from the budget", "pull 100k out"; `amount` is the
 * marker (or markers) the amount may be.
 */
function takenOut(amount: string): RegExp {
  return new RegExp(
    String.raw`\b(?:wants?|wanted|needs?|needed|asks? for|asked for|asking for|requests?|requested|demands?|demanded) (?:an? |another )?${amount} back\b|\b${amount} (?:of |in )?(?:savings?|cuts?) (?:from|out of|off|in|on)\b|\b(?:save|saving|savings of|find|finding) (?:an? |another )?${amount} (?:from|out of|off|in|on)\b|\b(?:need|needs|needed|have|has|had|want|wants|got) to (?:save|find|free up|give back|hand back|cut|trim) (?:an? |another )?${amount}\b(?! (?:more|extra) )|\b(?:lose|loses|losing|lost|give back|giving back|hand back|handing back|claw back|claws back|clawed back|clawing back|cut|cuts|trimmed|slashed|reclaimed|withdrew|withdrawn|recovered) (?:an? |another )?${amount} (?:out of|from|off|of)\b|\b(?:take|takes|taking|took|pull|pulls|pulling|pulled|remove|removes|removing|removed|shave|shaves|shaving|shaved|knock|knocks|knocking|knocked|carve|carves|carving|carved|free|frees|freeing|freed) (?:up )?(?:an? |another |a further )?${amount} (?:out|off|from)\b`,
  );
}

export const TAKEN_OUT = takenOut('MONEY');
/** "take 10% out of the budget": a share taken out, like an amount. */
export const SHARE_TAKEN_OUT = takenOut('(?:MONEY|PCT)');

/** An amount said as a change of the total: "$200k more", "another $100k", "cut by $100k". */
const CHANGED_BY =
  /\bMONEY (?:more|extra|additional|less|fewer|lower|higher|smaller|bigger|top ?ups?|uplift|increase|boost|injection|cut|reduction|haircut)\b|\b(?:top ?ups?|uplift|increase|boost|injection|cut|reduction|haircut) of MONEY\b|\b(?:extra|additional|another) MONEY\b|\bthe next MONEY\b|\btop(?:ped|ping|s)? (?:\w+ )?up (?:\w+ ){0,2}(?:with|by) MONEY\b|\b(?:shrinks?|shrunk|grows?|cut|cuts|reduced?|increased?|raised?|lowered?|drops?|rises?|falls?|up|down) (?:\w+ ){0,3}by MONEY\b/;
const DOWN =
  /\b(?:less|fewer|lower|smaller|shrinks?|shrunk|cut|cuts|reduced?|reduction|haircut|lowered|drops?|falls?|down)\b/;

/**
 * How the amount in a budget question relates to the total: -1 or +1 when it changes the total
 * by that much ("take $300k out of the budget", "with $200k more"), undefined when the amount is
 * the total itself ("split $1M").
 */
export function moneyChangeSign(skel: string, text: string): -1 | 1 | undefined {
  if (TAKEN_OUT.test(skel)) return -1;
  if (!CHANGED_BY.test(skel)) return undefined;
  return DOWN.test(text) ? -1 : 1;
}

/** "spent 1.95m instead of the usual", "a total of 1.1m next quarter": the budget said as a level. */
export const TOTAL_SET =
  /\b(?:spent|spend|spending|had|budget(?:ed)?|put) (?:a total of |only |just )?MONEY\b(?! (?:more|extra|less|on|in|into)\b)[^?]*\b(?:instead of (?:the |our )?(?:usual|normal|current|planned|plan|MONEY)|rather than MONEY|in total|all in|next (?:qtr|quarter|month|year))\b/;

/** "no budget changes", "without changing the spend", "no change to the budget": amounts kept. */
export const KEPT_AS_IS =
  /\b(?:no|without(?: any)?) (?:budget |spend(?:ing)? |money )?changes?\b(?! (?:to|in|of) (?:the |our )?(?:layout|timing|flighting))|\bwithout changing (?:the |our |any )?(?:budget|spend|spending|amounts?|money|total)\b/;
