import type { ScenarioChange } from '../../tools';
import { KEPT_AS_IS, SHARE_TAKEN_OUT, TAKEN_OUT, TOTAL_SET } from './budget-change';
import { goesToZero } from './channel-zero';
import { channelRefs, wordOf } from './token-utils';
import type { Token } from './tokens';

const ZERO_VERBS = new Set(
  'kill killing killed pause pausing paused stop stopping stopped eliminate eliminating remove removing drop dropping dropped cancel cancelling ditch ditching scrap scrapping axe axing abandon abandoning shutdown zero defund switch turn shut without no'.split(
    ' ',
  ),
);
const DOWN = new Set(
  'cut cuts cutting pull pulled pulling reduce reduces reducing reduced drops falls fall fell shrank shrinks decreases lowers slash slashing slashed trim trimming trimmed lower lowering lowered decrease decreasing decreased shrink shrinking less fewer lose loses losing lost minus down drop dropping dropped back under smaller reduction cutback'.split(
    ' ',
  ),
);
const UP = new Set(
  'increase increases rises rise lift lifted lifting gain gains gained gaining grew grows increasing increased boost boosting boosted raise raising raised add adding added grow growing up bump bumping ramp ramping more extra additional another higher plus bigger invest investing increment top'.split(
    ' ',
  ),
);
const MULTIPLIERS: Record<string, number> = {
  double: 100,
  doubling: 100,
  doubled: 100,
  twice: 100,
  triple: 200,
  tripling: 200,
  tripled: 200,
  quadruple: 300,
  quadrupled: 300,
  halve: -50,
  halving: -50,
  halved: -50,
};
/** The change a multiplying word says ("doubled" +100%, "halve" -50%), if any word says one. */
export function multiplierWord(ws: string[]): number | undefined {
  for (const w of ws) if (MULTIPLIERS[w] !== undefined) return MULTIPLIERS[w];
  return undefined;
}

const ZERO_TAIL =
  /\b(?:zero|0|nothing|dark|off|entirely|completely|altogether|out|away|to MONEY0)\b/;
/** "all spend", "all of our advertising": every channel at once, like "the total". */
export const ALL_MEDIA =
  /\ball (?:of )?(?:our |the )?(?:spend|spending|media|marketing|advertising)\b|\b(?:our|the|my) (?:media|marketing|advertising|ad) (?:spend|spending|budget|investment)\b/;

/** "cut all marketing", "cutting all of our media": all of it, when no amount is said. */
const CUT_ALL =
  /\b(?:cut|cuts|cutting|slash|slashing|axe|axing)(?: out)? all (?:of )?(?:our |the )?(?:spend|spending|media|marketing|advertising)\b/;

const TOTAL_WORDS = new Set([
  'total',
  'overall',
  'entire',
  'whole',
  'everything',
  'board',
  'budget',
]);

function words(clause: Token[]): string[] {
  return clause.map((tok) => {
    if (tok.t === 'money') return tok.v === 0 ? 'MONEY0' : 'MONEY';
    if (tok.t === 'num') return tok.v === 0 ? 'MONEY0' : tok.raw;
    if (tok.t === 'ch' || tok.t === 'pct' || tok.t === 'mult') return tok.t.toUpperCase();
    return tok.w;
  });
}

/** "what comes back?", "what do we get back": a return, not a cut back. */
const RETURNED =
  /^(?:come|comes|came|coming|bring|brings|bringing|brought|get|gets|getting|got|pay|pays|paying|paid)$/;

/** Which way a change goes by its words: -1 for a cut, 1 for a rise, 0 when none says. */
export function direction(ws: string[]): -1 | 0 | 1 {
  let dir: -1 | 0 | 1 = 0;
  for (const [i, w] of ws.entries()) {
    if (DOWN.has(w) && !(w === 'back' && RETURNED.test(ws[i - 1] ?? ''))) return -1;
    if (UP.has(w) && dir === 0) dir = 1;
  }
  return dir;
}

/**
 * True when the clause switches its channels off ("kill TV", "TV goes to zero", "pause radio",
 * "radio off → impact").
 */
function switchesOff(ws: string[], hasNumber: boolean): boolean {
  const text = ws.join(' ');
  if (
    /\b(?:turn|switch|shut)(?:ed|ing)? (?:\w+ )?off\b|\bgo(?:es)? dark\b|\bwent dark\b|\bdark on\b|\bzero(?:ed|ing|es)? out\b|\b(?:run|spend|put|spending|running) (?:zero|MONEY0)\b|\bstop spending\b|\bCH (?:off|dark)\b(?! peak)/.test(
      text,
    )
  )
    return true;
  // "TV goes to zero"; with another amount in the clause ("search to $300k, tiktok to 0") each
  // channel takes its own.
  if (hasNumber) return false;
  if (
    /(?:\b(?:goes|go|went|drops?|falls?|set|is|was|were|at|to)|=) (?:to )?(?:zero|0|nothing|MONEY0)\b/.test(
      text,
    )
  )
    return true;
  if (ws.some((w) => ZERO_VERBS.has(w))) return true;
  return ws.some((w) => DOWN.has(w)) && ZERO_TAIL.test(text);
}

/**
 * True when the words switch a channel off without naming it or an amount: "cut it entirely",
 * "kill it", "switch it off" (for a follow-up that points back at the previous channel).
 */
export function turnsOff(tokens: Token[]): boolean {
  const ws = words(tokens);
  // "no - halve it instead": a size said by a multiplying word is not switching off.
  const hasNumber =
    multiplierWord(ws) !== undefined ||
    tokens.some((tok) => tok.t === 'pct' || tok.t === 'mult' || (tok.t === 'money' && tok.v > 0));
  return switchesOff(ws, hasNumber);
}

/** A percentage change for the channel(s) of a clause, from its verb and number. */
function scaleFrom(
  ws: string[],
  pct: number | undefined,
  mult: number | undefined,
): number | undefined {
  const said = pct === undefined ? multiplierWord(ws) : undefined;
  if (said !== undefined) return said;
  const text = ws.join(' ');
  if (/\b(?:in|by) half\b/.test(text) && pct === undefined) return -50;
  if (mult !== undefined) return Math.round((mult - 1) * 10000) / 100;
  if (pct === undefined) return undefined;
  // "radio scaled to 60% of current", "TV at 150% of today's level": a level, not a change.
  if (
    /\b(?:to|at) PCT of (?:its |their |the |our )?(?:current|today|today s|present|existing|usual|normal|now|what (?:it|they) (?:is|are))\b/.test(
      text,
    )
  )
    return pct - 100;
  const dir = SHARE_TAKEN_OUT.test(text) ? -1 : direction(ws);
  if (/\bto PCT\b/.test(text) && dir === -1) return pct - 100;
  return dir === -1 ? -pct : pct;
}

/**
 * The sign each channel's own number carries when it is said right at the channel ("search
 * minus 20%, tv plus 20%", "TV up 10%, radio down 5%"), else undefined for that channel.
 */
function ownSigns(clause: Token[]): (1 | -1 | undefined)[] {
  const signs: (1 | -1 | undefined)[] = [];
  clause.forEach((tok, i) => {
    if (tok.t !== 'ch') return;
    const between: string[] = [];
    for (let j = i + 1; j < clause.length && clause[j]?.t !== 'ch'; j += 1) {
      const t = clause[j] as Token;
      if (t.t === 'pct') break;
      between.push(t.t === 'w' ? t.w : '');
    }
    const said = between.join(' ');
    signs.push(
      /^(?:is |goes |went )?(?:plus|up)\b/.test(said)
        ? 1
        : /^(?:is |goes |went )?(?:minus|down)\b/.test(said)
          ? -1
          : undefined,
    );
  });
  return signs;
}

/** Words that say, on their own, how a channel changes ("plus", "halved", "off"). */
const OWN_VERB = (w: string) =>
  UP.has(w) ||
  DOWN.has(w) ||
  ZERO_VERBS.has(w) ||
  MULTIPLIERS[w] !== undefined ||
  /^(?:off|dark|zero)$/.test(w);

/**
 * A list of changes each with its own verb ("search +10%, Facebook +10%, radio switched off",
 * "search halved and facebook doubled") as one clause per change; the clause itself when a
 * later channel borrows the first one's verb ("cut TV by 10% and radio by 5%").
 */
function ownChanges(clause: Token[], referenceTotal?: number): Token[][] {
  const cuts: number[] = [];
  clause.forEach((tok, i) => {
    const w = tok.t === 'w' || tok.t === 'p' ? tok.w : '';
    if ((w === ',' || w === 'and' || w === ';') && clause[i + 1]?.t === 'ch') cuts.push(i);
  });
  const parts: Token[][] = [];
  let start = 0;
  cuts.forEach((cut, k) => {
    const left = clause.slice(start, cut);
    const right = clause.slice(cut + 1, cuts[k + 1] ?? clause.length);
    const says = (part: Token[]) => parseOneChange(part, referenceTotal).length > 0;
    if (words(right).some(OWN_VERB) && says(left) && says(right)) {
      parts.push(left);
      start = cut + 1;
    }
  });
  parts.push(clause.slice(start));
  return parts;
}

/**
 * "added 40k to TikTok and 20k to radio": a clause that starts with its amount and says no verb
 * of its own borrows the previous clause's ("added"), so it is not read as setting radio to 20k.
 */
function borrowVerb(previous: Token[] | undefined, clause: Token[]): Token[] {
  const first = clause.find((t) => !/^(?:and|also|plus|then|with)$/.test(wordOf(t)));
  if (!previous || (first?.t !== 'money' && first?.t !== 'pct')) return clause;
  const ws = words(clause);
  if (ws.some(OWN_VERB) || ws.includes('set')) return clause;
  const verb = words(previous).find((w) => OWN_VERB(w) && MULTIPLIERS[w] === undefined);
  return verb ? [{ t: 'w', w: verb }, ...clause] : clause;
}

/**
 * Clauses with the verbs they borrow, in a chain: "added £30k to search, £20k to Facebook and
 * £10k to TikTok" adds to all three, each clause borrowing from the one before as it now reads.
 */
export function withBorrowedVerbs(parts: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const part of parts) out.push(borrowVerb(out.at(-1), part));
  return out;
}

/**
 * Turns one clause ("cut TV by 20%", "add $100k to search", "TV goes to zero", "double radio",
 * "raise the total budget 10%") into changes, one per channel named in it. Returns [] when the
 * clause changes nothing it can read.
 */
export function parseChangeClause(clause: Token[], referenceTotal?: number): ScenarioChange[] {
  return ownChanges(withoutUnchanged(clause), referenceTotal).flatMap((p) =>
    parseOneChange(p, referenceTotal),
  );
}

/** "display flat", "radio unchanged", "search stays as is": a channel said to keep its spend. */
const UNCHANGED = /^(?:flat|unchanged|untouched|steady|constant|same(?! time)|as is|as it is)\b/;

/**
 * The clause without the channels it says stay as they are ("TV -20%, TikTok +50%, display
 * flat"): they change nothing, and must not borrow another channel's change.
 */
function withoutUnchanged(clause: Token[]): Token[] {
  const drop = new Set<number>();
  clause.forEach((tok, i) => {
    if (tok.t !== 'ch') return;
    let j = i + 1;
    while (/^(?:stays?|kept|remains?|left|held|holds|is|at|the)$/.test(wordOf(clause[j]))) j += 1;
    const rest = clause
      .slice(j, j + 3)
      .map(wordOf)
      .join(' ');
    if (!UNCHANGED.test(rest)) return;
    const end = rest.startsWith('as it is') ? j + 3 : rest.startsWith('as is') ? j + 2 : j + 1;
    const after = clause[end];
    if (after && (after.t === 'pct' || after.t === 'money' || after.t === 'num')) return;
    for (let k = i; k < end; k += 1) drop.add(k);
    const lead = clause[i - 1];
    if (lead && /^(?:,|and|;)$/.test(wordOf(lead))) drop.add(i - 1);
  });
  return drop.size === 0 ? clause : clause.filter((_, k) => !drop.has(k));
}

/** One change, or one change applied to every channel named (they share its verb and numbers). */
function parseOneChange(clause: Token[], referenceTotal?: number): ScenarioChange[] {
  const ws = words(clause);
  const text = ws.join(' ');
  const refs = channelRefs(clause);
  const pcts = clause.flatMap((tok) => (tok.t === 'pct' ? [tok.v] : []));
  const moneys = clause.flatMap((tok) => (tok.t === 'money' ? [tok.v] : []));
  const mult = clause.find((tok) => tok.t === 'mult');
  // "tiktok x1.2, radio x0.8": each channel its own multiplier.
  const mults = clause.flatMap((tok) => (tok.t === 'mult' ? [tok.v] : []));
  const hasNumber = pcts.length > 0 || moneys.some((m) => m > 0) || mult !== undefined;
  // "with no budget changes", "without changing the spend": the amounts stay as they are.
  if (KEPT_AS_IS.test(text)) return [];
  if (refs.length === 0) {
    const total =
      ws.some((w) => TOTAL_WORDS.has(w)) ||
      /\ball channels\b|\bacross the board\b|\bacross (?:all )?channels\b|\bevery channel\b|\bpro rata\b|\bproportionally\b/.test(
        text,
      ) ||
      ALL_MEDIA.test(text) ||
      // "finance wants 130k back": money handed back comes out of the whole budget.
      /\b(?:wants?|needs?|asks? for|asked for) (?:an? |another )?MONEY back\b|\bgive (?:back|up) MONEY\b/.test(
        text,
      );
    const percent = scaleFrom(ws, pcts[0], mult?.t === 'mult' ? mult.v : undefined);
    if (total && percent !== undefined && percent !== 0) return [{ type: 'total', percent }];
    // "what if we stopped all advertising?", "if we cut all marketing": every channel off.
    if (total && (switchesOff(ws, hasNumber) || (!hasNumber && CUT_ALL.test(text))))
      return [{ type: 'total', percent: -100 }];
    const money = moneys[0];
    // "if we spent 1.95m next quarter instead of the usual", "cut total spend to 1.1M", "from
    // 1.3M to 1.43M": the whole budget set to that (the amount after "to" when two are said).
    const setTo = total && /\bto MONEY\b/.test(text) ? moneys[moneys.length - 1] : undefined;
    const level = setTo ?? (TOTAL_SET.test(text) ? money : undefined);
    if (level !== undefined && level > 0 && referenceTotal)
      return [{ type: 'total', percent: Math.round((level / referenceTotal - 1) * 1e6) / 1e4 }];
    const dir = TAKEN_OUT.test(text) ? -1 : direction(ws);
    if (total && money !== undefined && money > 0 && dir !== 0 && referenceTotal)
      return [{ type: 'total', percent: Math.round((dir * money * 1e6) / referenceTotal) / 1e4 }];
    return [];
  }
  // With an amount for another channel ("TV off and radio to $50k") each channel is read alone.
  if (switchesOff(ws, hasNumber) && !(hasNumber && refs.length > 1))
    return refs.map((channel) => ({ type: 'set', channel, amount: 0 }));
  const changes: ScenarioChange[] = [];
  const signs = ownSigns(clause);
  // "search to $300k, tiktok to 0": a channel said to go to zero takes no other's amount.
  const zeroed = refs.map((_, k) => goesToZero(clause, k));
  const amounts = moneys.filter((m) => m > 0);
  refs.forEach((channel, k) => {
    if (zeroed[k]) {
      changes.push({ type: 'set', channel, amount: 0 });
      return;
    }
    const live = zeroed.slice(0, k).filter((z) => !z).length;
    const pct = pcts[k] ?? pcts[0];
    const money = zeroed.some(Boolean) ? (amounts[live] ?? amounts[0]) : (moneys[k] ?? moneys[0]);
    const own = pcts.length === refs.length ? signs[k] : undefined;
    const percent =
      own !== undefined && pct !== undefined
        ? own * pct
        : scaleFrom(ws, pct, mults.length === refs.length ? mults[k] : mults[0]);
    if (percent !== undefined && (pct !== undefined || money === undefined)) {
      if (percent !== 0) changes.push({ type: 'scale', channel, percent });
      return;
    }
    if (money === undefined) return;
    // "took 10k off display": an amount taken out of the channel.
    // "the next $100k in search": that much more on top of today's spend.
    const dir = TAKEN_OUT.test(text) ? -1 : /\bnext MONEY\b/.test(text) ? 1 : direction(ws);
    const setLike =
      /(?:\b(?:to|at|is|was|were|be|of only|only)|=) MONEY\b|\bset\b|\bspend MONEY on\b|\bspent MONEY on\b|\bput MONEY (?:in|into|on)\b/.test(
        text,
      ) &&
      !/\bMONEY (?:more|extra|additional|less)\b|\b(?:more|extra|additional|another|next) MONEY\b|\bby MONEY\b/.test(
        text,
      );
    if ((setLike && !TAKEN_OUT.test(text)) || dir === 0)
      changes.push({ type: 'set', channel, amount: money });
    else changes.push({ type: 'add', channel, amount: dir * money });
  });
  return changes;
}
