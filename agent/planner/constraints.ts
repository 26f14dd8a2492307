import type { BudgetConstraints } from '../../tools';
import { returnAmounts } from './marginal-threshold';
import { relativeBounds } from './relative-bounds';
import { channelRefs, clauses } from './token-utils';
import type { Token } from './tokens';

const LOCK =
  /\b(?:lock|locked|locking|freeze|frozen|do not touch|do not change|do not move|not touching|without touching|untouched|unchanged|constant|fixed|fix|as is|as it is|as they are|where it is|where they are|at current levels?|the same|stays?|remains?|hold|steady|flat|leave|protect|ring-?fence|contracted|committed|cannot (?:move|change|be moved|be changed|be touched)|can not (?:move|change))\b/;
const EXCLUDE =
  /\b(?:without|excluding|exclude|except|no|not using|leave out|leaving out|skip|ignore|drop|minus|zero)\b$/;
const ONLY =
  /\b(?:only|just|exclusively|solely|among|amongst|across|between|using|limit(?:ed)? to|restrict(?:ed)? to)\b/;
const MIN =
  /\b(?:(?:cannot|can not|must not|may not|should not|mustn t|shouldn t) (?:go |be |fall |drop |get )?(?:below|under|less than|lower than)|at least|minimum|min|no less than|not less than|above|over|floor(?:ed|s)?|more than|no lower than|not below|not under)\b/;
const MAX =
  /\b(?:(?:cannot|can not|must not|may not|should not|mustn t|shouldn t) (?:go |be |rise |get )?(?:above|over|more than|higher than|exceed)|at most|maximum|max|no more than|not more than|up to|under|below|cap|capped|ceiling|limit|less than|within|not exceed|no higher than|not above|not over)\b/;

/** "…, and at most 150k": a bound alone in its clause, continuing the channel bound before it. */
const BARE_BOUND =
  /^(?:(?:and|but|or|yet) )*(?:at most|at least|no more than|no less than|not (?:more|less) than|maximum|minimum|max|min|up to|not above|not below) (?:MONEY|PCT|MULT)$/;

/** "keep search at least at today's level": a floor (or cap) at today's spend. */
const TODAY = '(?:at )?(?:today|current|its current|their current|the current|present|where it is)';
const AT_TODAY_MIN = new RegExp(`\\b(?:at least|no less than|not below|not under) ${TODAY}\\b`);
const AT_TODAY_MAX = new RegExp(`\\b(?:at most|no more than|not above|not over) ${TODAY}\\b`);

const EVERY =
  /\b(?:no|every|each|all|any|none of the) (?:single |one |individual )?channels?\b|\bacross the board\b|^(?:\w+ ){0,3}?(?:nothing|none)\b(?! of)/;
const isNumber = (t: Token) =>
  t.t === 'money' ||
  t.t === 'pct' ||
  t.t === 'mult' ||
  (t.t === 'w' && /^(?:double|twice|triple|thrice|half)$/.test(t.w));

/**
 * Splits "radio at least 100k and display no more than 150k" (or "TV stays locked, radio no more
 * than 50k") at the "and" or comma between two channels that each carry their own number or
 * lock, so each gets its own bound.
 */
function splitBounds(clause: Token[]): Token[][] {
  for (let i = 1; i < clause.length - 1; i += 1) {
    const tok = clause[i];
    if ((tok?.t !== 'w' || tok.w !== 'and') && (tok?.t !== 'p' || tok.w !== ',')) continue;
    const head = clause.slice(0, i);
    const tail = clause.slice(i + 1);
    const own = (part: Token[]) =>
      part.some((t) => t.t === 'ch') && (part.some(isNumber) || LOCK.test(words(part)));
    if (own(head) && own(tail) && tail[0]?.t === 'ch') return [head, ...splitBounds(tail)];
    if (own(head) && own(tail) && tail[0]?.t === 'w' && tail[1]?.t === 'ch')
      return [head, ...splitBounds(tail)];
  }
  return [clause];
}

/** Constraints read from the message, and which tokens they used (so they are not the budget). */
export interface ConstraintParse {
  constraints: BudgetConstraints;
  channels?: string[];
  used: Set<Token>;
}

function put(
  rec: Record<string, number> | undefined,
  key: string,
  v: number,
): Record<string, number> {
  return { ...(rec ?? {}), [key]: v };
}

/**
 * A negated comparison read as the bound it sets: "no channel may take more than 40%" and "don't
 * let TV exceed 40%" are caps, "never below 10%" is a floor.
 */
function unnegate(text: string): string {
  return text
    .replace(
      /\b(?:no|not|never|cannot|none|nothing)\b((?: \w+){0,6}?) (?:more than|exceed\w*|greater than|higher than|above|beyond|over)\b/g,
      ' at most',
    )
    .replace(
      /\b(?:no|not|never|cannot|none|nothing)\b((?: \w+){0,6}?) (?:less than|fewer than|lower than|below|under)\b/g,
      ' at least',
    );
}

/** Where a clause speaks of every channel ("no single channel takes more than 35%"), or -1. */
function everyChannelAt(said: string): number {
  const m = EVERY.exec(said);
  return m ? said.slice(0, m.index).split(' ').length - 1 : -1;
}

function words(clause: Token[]): string {
  return clause
    .map((tok) =>
      tok.t === 'w' || tok.t === 'p' ? tok.w : tok.t === 'ch' ? 'CH' : tok.t.toUpperCase(),
    )
    .join(' ');
}

/**
 * A multiple said as what spend brings back ("returns at least 1.8x", "gets at least 2x ROAS"),
 * not as a multiple of spend.
 */
const RETURN_LEVEL =
  /\b(?:returns?|returning|roas|roi|mroas|mroi|pays? back|brings? (?:back|in)|yields?)\b(?: \w+){0,3} MULT\b|\bMULT (?:roas|roi|mroas|mroi|returns?|payback|back)\b/;

/**
 * Reads budget constraints clause by clause: "keep TV at least $200k", "no more than 40% in
 * search", "don't touch radio", "TV between 100k and 300k", "only TV, social and search",
 * "without search", "don't cut TV by more than half", "at most double social".
 */
export function parseConstraints(tokens: Token[], allChannels: string[] = []): ConstraintParse {
  const c: BudgetConstraints = {};
  const used = new Set<Token>();
  let channels: string[] | undefined;
  const todaySaid = /\b(?:today|current|currently)\b/.test(words(tokens));
  // "each channel's last dollar earns at least $1.20" is a level of return, not a floor on spend.
  const given = new Set(returnAmounts(tokens));
  /** The one channel the clause before bound ("radio at least 50k"), for "and at most 150k". */
  let bound: string[] = [];
  for (const clause of clauses(tokens).flatMap(splitBounds)) {
    let refs = channelRefs(clause);
    const said = words(clause);
    if (refs.length === 0 && BARE_BOUND.test(said)) refs = bound;
    bound = refs.length === 1 && /\b(?:MONEY|PCT|MULT)\b/.test(said) ? refs : [];
    // "don't cut TV by more than 20%" bounds the change; "don't cut search below 200k" is a floor.
    const text =
      /\b(?:no|not|never|cannot|none|nothing)\b/.test(said) &&
      !/\bnot (?:cut|reduce|lower|decrease|increase|raise|grow|add)\b(?! CH (?:below|under|above|over|beyond) (?:MONEY|PCT|MULT|half)\b)/.test(
        said,
      )
        ? unnegate(said)
        : said;
    const every = refs.length === 0 ? everyChannelAt(said) : -1;
    if (every >= 0) refs = allChannels;
    if (refs.length === 0) continue;
    const relative = relativeBounds(text, clause, said, todaySaid);
    if (relative) {
      for (const r of refs) {
        if (relative.min !== undefined) c.minMultiple = put(c.minMultiple, r, relative.min);
        if (relative.max !== undefined) c.maxMultiple = put(c.maxMultiple, r, relative.max);
      }
      for (const n of relative.used) used.add(n);
      continue;
    }
    const chAt = clause.findIndex((t) => t.t === 'ch');
    const firstCh = every >= 0 ? every : Math.max(0, chAt);
    const all = clause.filter((t) => t.t === 'money' || t.t === 'pct' || t.t === 'mult');
    const after = all.filter((t) => clause.indexOf(t) > firstCh);
    const nums = (after.length > 0 ? after : all).filter((t) => !given.has(t));
    const before = words(clause.slice(0, firstCh));
    // "run the optimiser on search, TikTok and display only"
    const lastCh = clause.map((t) => t.t).lastIndexOf('ch');
    if (
      nums.length === 0 &&
      /^(?:only|alone|exclusively)\b/.test(words(clause.slice(lastCh + 1))) &&
      // "leave search and social alone" keeps them as they are; "TV alone" means only TV.
      !/\b(?:leave|leaving|let|letting|left)\b/.test(before) &&
      refs.length >= 1
    ) {
      channels = [...(channels ?? []), ...refs];
      continue;
    }
    // "split $1M across all channels except radio": an amount before the exclusion is the budget.
    if (EXCLUDE.test(before) && nums.filter((t) => after.includes(t)).length === 0) {
      for (const r of refs) c.max = put(c.max, r, 0);
      continue;
    }
    if (
      /\bbetween (?:MONEY|PCT|MULT) and (?:MONEY|PCT|MULT)\b|\bfrom MONEY to MONEY\b/.test(text) &&
      nums.length >= 2
    ) {
      const [lo, hi] = nums;
      for (const r of refs) {
        if (lo?.t === 'mult' && hi?.t === 'mult') {
          c.minMultiple = put(c.minMultiple, r, lo.v);
          c.maxMultiple = put(c.maxMultiple, r, hi.v);
        } else if (lo?.t === 'pct' && hi?.t === 'pct') {
          c.minShare = put(c.minShare, r, lo.v / 100);
          c.maxShare = put(c.maxShare, r, hi.v / 100);
        } else if (lo?.t === 'money' && hi?.t === 'money') {
          c.min = put(c.min, r, lo.v);
          c.max = put(c.max, r, hi.v);
        }
      }
      for (const n of nums) used.add(n);
      continue;
    }
    // "opt 1.6m, tv locked": the amount before the channel is the budget, not its bound.
    if (after.length === 0 && nums.length > 0 && LOCK.test(words(clause.slice(firstCh)))) {
      c.locked = [...(c.locked ?? []), ...refs.filter((r) => !c.locked?.includes(r))];
      continue;
    }
    if (nums.length === 0) {
      if (AT_TODAY_MIN.test(text)) {
        for (const r of refs) c.minMultiple = put(c.minMultiple, r, 1);
      } else if (AT_TODAY_MAX.test(text)) {
        for (const r of refs) c.maxMultiple = put(c.maxMultiple, r, 1);
      } else if (/\bdo not (?:cut|reduce|lower|decrease)\b/.test(text)) {
        for (const r of refs) c.minMultiple = put(c.minMultiple, r, 1);
      } else if (/\bdo not (?:increase|raise|add to|grow)\b/.test(text)) {
        for (const r of refs) c.maxMultiple = put(c.maxMultiple, r, 1);
      } else if (
        /\b(?:at most|no more than|not more than|up to|cap\w*) (?:double|twice)\b|\bdo not (?:more than )?double\b/.test(
          text,
        )
      ) {
        for (const r of refs) c.maxMultiple = put(c.maxMultiple, r, 2);
      } else if (LOCK.test(text)) {
        c.locked = [...(c.locked ?? []), ...refs.filter((r) => !c.locked?.includes(r))];
      } else if (ONLY.test(before) && refs.length >= 1) {
        channels = [...(channels ?? []), ...refs];
      }
      continue;
    }
    if (ONLY.test(before) && !MIN.test(text) && !MAX.test(text)) {
      channels = [...(channels ?? []), ...refs];
      continue;
    }
    if (/\b(?:keep|hold|lock|fix|leave) CH (?:at|to) MONEY\b/.test(text) && nums.length === 1) {
      const n = nums[0];
      if (n?.t === 'money') {
        c.min = put(c.min, refs[0] ?? '', n.v);
        c.max = put(c.max, refs[0] ?? '', n.v);
        used.add(n);
      }
      continue;
    }
    refs.forEach((r, k) => {
      const n = nums[k] ?? nums[0];
      if (!n) return;
      if (
        /\bdo not (?:cut|reduce|lower|decrease)\b.*\bby more than\b/.test(text) &&
        n.t === 'pct'
      ) {
        c.minMultiple = put(c.minMultiple, r, Math.max(0, 1 - n.v / 100));
      } else if (n.t === 'mult') {
        // "each channel still returns at least 1.8x" is a level of return, not a cap on spend.
        if (RETURN_LEVEL.test(text)) return;
        // "TV at least 0.5x": a floor; otherwise a multiple is a cap ("TV capped at 3x").
        if (MIN.test(text) && !MAX.test(text)) c.minMultiple = put(c.minMultiple, r, n.v);
        else c.maxMultiple = put(c.maxMultiple, r, n.v);
      } else if (
        n.t === 'pct' &&
        // "no less than half its current spend": "of" may be left out after a fraction.
        /\bPCT (?:of )?(?:its|their|current|today|the current|what|CH)\b/.test(text)
      ) {
        if (MAX.test(text)) c.maxMultiple = put(c.maxMultiple, r, n.v / 100);
        else c.minMultiple = put(c.minMultiple, r, n.v / 100);
      } else {
        const isMax =
          MAX.test(text) &&
          !/\bat least\b|\bminimum\b|\bno less than\b|\bfloor(?:ed|s)?\b/.test(text);
        const isMin = !isMax && MIN.test(text);
        if (!isMax && !isMin) return;
        if (n.t === 'pct') {
          if (isMax) c.maxShare = put(c.maxShare, r, Math.min(1, n.v / 100));
          else c.minShare = put(c.minShare, r, Math.min(1, n.v / 100));
        } else if (n.t === 'money') {
          if (isMax) c.max = put(c.max, r, n.v);
          else c.min = put(c.min, r, n.v);
        }
      }
      used.add(n);
    });
  }
  return { constraints: c, channels: channels && distinctChannels(channels, tokens), used };
}

/**
 * The channels an allocation is limited to, each counted once: a group said together with all
 * of its channels ("paid social (Facebook vs TikTok)") is dropped, its channels stay.
 */
function distinctChannels(refs: string[], tokens: Token[]): string[] {
  const names = new Map<string, string[]>();
  for (const t of tokens) if (t.t === 'ch') names.set(t.ref, t.names);
  const unique = [...new Set(refs)];
  return unique.filter((r) => {
    const members = names.get(r) ?? [];
    const others = unique.filter((o) => o !== r).flatMap((o) => names.get(o) ?? [o]);
    return members.length < 2 || !members.every((m) => others.includes(m));
  });
}

/** True when any constraint was read. */
export function hasConstraints(c: BudgetConstraints): boolean {
  return Object.values(c).some((v) => v !== undefined);
}
