/**
 * Turning column names into channel stems, kinds and readable labels: `tv_S`, `spend_tv` and
 * `TV_cost` all have the stem `tv`, the kind `tv` and the label "TV".
 */
import { CHANNEL_KINDS, kindsOfPhrase, WORD_LABELS } from './channel-kinds';

const SPEND_MARKERS = new Set([
  'spend',
  'spends',
  'spending',
  's',
  'cost',
  'costs',
  'investment',
  'investments',
  'invest',
  'budget',
  'usd',
  'eur',
  'gbp',
]);
const PREFIX_MARKERS = new Set(['spend', 'cost', 'costs', 'investment', 'budget']);
const CAMEL_SUFFIX = /^(.*[a-z0-9])(Spend|Spending|Cost|Costs|Investment|Budget)$/;
const CAMEL_PREFIX = /^(spend|cost|investment)([A-Z].*)$/;
/** Phrases that name a kind only when no other word of the column does (`google_display`). */
const WEAK_PHRASES = new Set(['google', 'meta']);

/** Lower-case words of a name, split on anything that is not a letter or a digit. */
export function words(name: string): string[] {
  const raw = name.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  const last = raw[raw.length - 1];
  const camelSuffix = last === undefined ? null : CAMEL_SUFFIX.exec(last);
  if (camelSuffix?.[1] && camelSuffix[2])
    raw.splice(raw.length - 1, 1, camelSuffix[1], camelSuffix[2]);
  const first = raw[0];
  const camelPrefix = first === undefined ? null : CAMEL_PREFIX.exec(first);
  if (camelPrefix?.[1] && camelPrefix[2]) raw.splice(0, 1, camelPrefix[1], camelPrefix[2]);
  return raw.map((w) => w.toLowerCase());
}

/** A comparison key: lower-case letters and digits only (`Paid Search` → `paidsearch`). */
export function compact(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** The words of a channel column without its spend markers (`tv_spend_usd` → [`tv`]). */
export function stemWords(column: string): string[] {
  const ws = words(column);
  let end = ws.length;
  while (end > 1 && SPEND_MARKERS.has(ws[end - 1] ?? '')) end -= 1;
  let start = 0;
  while (start < end - 1 && PREFIX_MARKERS.has(ws[start] ?? '')) start += 1;
  const stem = ws.slice(start, end);
  return stem.length > 0 ? stem : ws;
}

/** The compact stem of a channel column: `TV_cost` → `tv`, `Channel0_spend` → `channel0`. */
export function channelStem(column: string): string {
  return stemWords(column).join('');
}

/** Kind ids a channel column belongs to, from its words (`fb_prospecting_spend` → facebook). */
export function channelKinds(column: string): string[] {
  const ws = stemWords(column);
  const whole = kindsOfPhrase(ws.join(''));
  if (whole.length > 0) return whole;
  const strong = new Set<string>();
  const weak = new Set<string>();
  let i = 0;
  while (i < ws.length) {
    let taken = 0;
    for (let n = ws.length - i; n >= 1; n -= 1) {
      const phrase = ws.slice(i, i + n).join('');
      const kinds = kindsOfPhrase(phrase);
      if (kinds.length > 0) {
        for (const k of kinds) (WEAK_PHRASES.has(phrase) ? weak : strong).add(k);
        taken = n;
        break;
      }
    }
    i += Math.max(1, taken);
  }
  return strong.size > 0 ? [...strong] : [...weak];
}

function wordLabel(word: string): string {
  const known = WORD_LABELS[word];
  if (known) return known;
  const split = /^([a-z]{3,})(\d+)$/.exec(word);
  if (split?.[1] && split[2]) return `${wordLabel(split[1])} ${split[2]}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A readable label for a channel column: `tv_spend` → "TV", `facebook_S` → "Facebook",
 * `Channel0_spend` → "Channel 0", `paid_search_cost` → "Paid Search".
 */
export function channelLabel(column: string): string {
  const ws = stemWords(column);
  const whole = ws.join('');
  const kinds = kindsOfPhrase(whole);
  const kind = kinds.length === 1 && kinds[0] ? CHANNEL_KINDS[kinds[0]] : undefined;
  if (kind && kind.phrases[0] === whole) return kind.label;
  if (WORD_LABELS[whole]) return WORD_LABELS[whole];
  return ws.map(wordLabel).join(' ');
}
