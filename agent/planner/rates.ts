import type { Frequency } from '../../tools';
import type { Token } from './tokens';

const UNIT_OF: Record<string, string> = {
  day: 'day',
  daily: 'day',
  week: 'week',
  wk: 'week',
  weekly: 'week',
  month: 'month',
  mo: 'month',
  monthly: 'month',
  quarter: 'quarter',
  quarterly: 'quarter',
  year: 'year',
  yr: 'year',
  annually: 'year',
  yearly: 'year',
};
const PERIODS_PER: Record<Frequency, Record<string, number>> = {
  weekly: { day: 1 / 7, week: 1, month: 52 / 12, quarter: 13, year: 52 },
  daily: { day: 1, week: 7, month: 30.4375, quarter: 91, year: 365 },
  monthly: { day: 12 / 365, week: 12 / 52, month: 1, quarter: 3, year: 12 },
};
const QUARTER: Record<Frequency, number> = { weekly: 13, daily: 91, monthly: 3 };

function wordAt(tokens: Token[], i: number): string {
  const t = tokens[i];
  return t?.t === 'w' ? t.w.replace(/s$/, '') : '';
}

/** "1k more per day": a word of change between an amount and its rate. */
const CHANGE_WORD = /^(?:more|extra|additional|less|fewer)$/;

const RATE_NOUN = /^(?:budget|spend|spending|investment|run-?rate|burn|allowance|allocation)$/;

/** "a monthly budget of 350k", "weekly spend is $40k": the rate said before the amount. */
function rateBefore(tokens: Token[], i: number): string | undefined {
  let j = i - 1;
  const link = tokens[j];
  if (link?.t === 'w' && /^(?:of|is|at|around|about|roughly|approx|approximately|=)$/.test(link.w))
    j -= 1;
  else if (link?.t === 'p' && link.w === ':') j -= 1;
  if (!RATE_NOUN.test(wordAt(tokens, j))) return undefined;
  // "monthly media budget is $500k": one word may sit between the rate and the noun.
  if (/^(?:media|marketing|ad|advertising|total|overall|paid)$/.test(wordAt(tokens, j - 1))) j -= 1;
  const rate = wordAt(tokens, j - 1);
  return /^(?:daily|weekly|monthly|yearly|annual|quarterly)$/.test(rate)
    ? UNIT_OF[rate === 'annual' ? 'yearly' : rate]
    : undefined;
}

/** Words that make a bare number that follows them spend: "spend 2,000 a day", "raise it to 3000 a week". */
const SPEND_BEFORE =
  /^(?:spend|spending|spent|add|adding|added|put|putting|invest|investing|invested|allocate|allocating|pay|paying|run|running|ran|cut|cutting|take|taking|remove|removing|drop|dropping|increase|increasing|raise|raising|boost|boosting|lower|lowering|reduce|reducing|shift|shifting|move|moving|budget|at|to|by)$/;

/** Words after which a number at a rate is a result or a cost, not spend: "drives 800 a week", "CPA is 120 a week". */
/** Verbs of a result, not of spend: "search drives an extra 800 a week". */
const RESULT_VERBS =
  'drives?|drove|brings?|brought|generates?|generated|returns?|returned|makes?|made|sells?|sold|delivers?|delivered|costs?';
const RESULT_BEFORE = new RegExp(`^(?:${RESULT_VERBS})$`);
const MEASURE_BEFORE = new RegExp(
  `^(?:is|are|was|were|gets?|got|${RESULT_VERBS}|cpa|cpc|cpm|orders|sales|revenue|conversions)$`,
);

/**
 * "add 2,000 a day", "2000 more per week on TikTok": a bare number of 100 or more at a rate is an
 * amount when spending governs it (a spend verb or preposition just before it, or "on/into/for" a
 * channel after the rate); "search drives 800 a week in orders" is not money.
 */
function bareAmountAtRate(tokens: Token[], i: number): Token | undefined {
  const tok = tokens[i];
  if (tok?.t !== 'num' || tok.v < 100) return undefined;
  const skip = CHANGE_WORD.test(wordAt(tokens, i + 1)) ? 1 : 0;
  const lead = wordAt(tokens, i + 1 + skip);
  const unit = UNIT_OF[wordAt(tokens, i + 2 + skip)];
  if (!/^(?:per|a|an|each|every)$/.test(lead) || !unit || unit === 'year') return undefined;
  // "3000 more per week": a change of an amount is spend whatever precedes it.
  if (skip === 1) return { t: 'money', v: tok.v };
  // "TikTok got an additional 1,500 per day": an amount added to what a channel gets, unless a
  // result is what grows ("search drives an extra 800 a week").
  if (/^(?:extra|additional|another)$/.test(wordAt(tokens, i - 1))) {
    const lead3 = [2, 3, 4].map((k) => wordAt(tokens, i - k));
    return lead3.some((w) => RESULT_BEFORE.test(w)) ? undefined : { t: 'money', v: tok.v };
  }
  const before = [wordAt(tokens, i - 1), wordAt(tokens, i - 2)];
  if (before.some((w) => MEASURE_BEFORE.test(w))) return undefined;
  const spent =
    before.some((w) => SPEND_BEFORE.test(w)) ||
    /^(?:on|into|for|onto)$/.test(wordAt(tokens, i + 3 + skip));
  return spent ? { t: 'money', v: tok.v } : undefined;
}

/**
 * Turns amounts given per period ("50k a week", "$100k per month", "150k weekly") into totals
 * over the forecast horizon, since the tools take amounts over the horizon. The rate words are
 * dropped so they are not read as a horizon.
 */
export function applyRates(tokens: Token[], frequency: Frequency, horizon?: number): Token[] {
  const periods = horizon ?? QUARTER[frequency];
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = bareAmountAtRate(tokens, i) ?? (tokens[i] as Token);
    if (tok.t !== 'money') {
      out.push(tok);
      continue;
    }
    // "1k more per day": a word of change may sit between the amount and its rate, and stays.
    const next = tokens[i + 1];
    const skip = next?.t === 'w' && CHANGE_WORD.test(next.w) ? 1 : 0;
    const lead = wordAt(tokens, i + 1 + skip);
    let unit: string | undefined;
    let used = 0;
    if (/^(?:per|a|an|each|every)$/.test(lead) && UNIT_OF[wordAt(tokens, i + 2 + skip)]) {
      unit = UNIT_OF[wordAt(tokens, i + 2 + skip)];
      used = 2;
    } else if (/^(?:daily|weekly|monthly|quarterly|yearly|annually)$/.test(lead)) {
      unit = UNIT_OF[lead];
      used = 1;
    }
    if (!unit) used = 0;
    if (!unit) unit = rateBefore(tokens, i);
    const per = unit ? PERIODS_PER[frequency][unit] : undefined;
    if (!per) {
      out.push(tok);
      continue;
    }
    out.push({ t: 'money', v: Math.round((tok.v * periods) / per) });
    if (used > 0 && skip) out.push(tokens[i + 1] as Token);
    i += used + (used > 0 ? skip : 0);
  }
  return out;
}
