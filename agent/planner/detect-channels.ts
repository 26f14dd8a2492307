import { channelKinds } from '../../tools';
import type { ChannelCatalog } from './channel-catalog';
import { COMMON_WORDS } from './common-words';
import { correctWord } from './spelling';
import type { Token } from './tokens';

const MULTI_WORD = new Set(['out of home', 'direct mail', 'social media', 'paid social']);

function wordAt(tokens: Token[], i: number): string | null {
  const tok = tokens[i];
  return tok?.t === 'w' ? tok.w : null;
}

function phraseAt(tokens: Token[], i: number, n: number): string | null {
  const ws: string[] = [];
  for (let k = i; k < i + n; k += 1) {
    const w = wordAt(tokens, k);
    if (w === null) return null;
    ws.push(w);
  }
  const phrase = ws.join(' ');
  if (MULTI_WORD.has(phrase)) return phrase;
  if (ws.some((w) => COMMON_WORDS.has(w) || w.length < 2 || /^\d/.test(w))) return null;
  return phrase;
}

function sameAsOneWord(phrase: string, names: string[], catalog: ChannelCatalog): boolean {
  const key = names.join(',');
  return phrase.split(' ').some((w) => {
    const one = catalog.match(w);
    if (one === null) return false;
    // "plot tv": an unknown two-word channel is the known one-word channel it contains.
    if (key === '' && one.names.length > 0 && !one.missing) return true;
    return one.names.join(',') === key || (key === '' && one.ref === w);
  });
}

/** Channel words that are also verbs of a request ("could you display the curve"). */
const VERB_CHANNELS = new Set(['display', 'print', 'search', 'email', 'mail']);

/** True when a channel word is the verb of a request: after "could you" or "please", before "the". */
function usedAsVerb(tokens: Token[], i: number, phrase: string): boolean {
  if (!VERB_CHANNELS.has(phrase)) return false;
  const before = wordAt(tokens, i - 1);
  const after = wordAt(tokens, i + 1);
  return (
    /^(?:you|please|pls|plz|to|and|then)$/.test(before ?? '') &&
    /^(?:the|a|an|me|us|our|my|it|this|that|them|those|these|how|what|which)$/.test(after ?? '')
  );
}

/**
 * Finds which spans of the message name channels: every run of up to three uncommon words is
 * tried against the dataset's channels (longest first) and replaced by a `ch` token.
 */
export function markChannels(tokens: Token[], catalog: ChannelCatalog): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    let used = 0;
    for (let n = 3; n >= 1 && used === 0; n -= 1) {
      const phrase = phraseAt(tokens, i, n);
      if (phrase === null) continue;
      if (
        n === 1 &&
        correctWord(phrase) !== phrase &&
        !catalog.exact(phrase) &&
        !catalog.near(phrase)
      )
        continue;
      // "-ing", "-ed" and "-ly" words are rarely channels; "telly" is one.
      if (
        n === 1 &&
        /(?:ing|ed|ly)$/.test(phrase) &&
        !catalog.exact(phrase) &&
        !catalog.near(phrase) &&
        !(phrase.endsWith('ly') && channelKinds(phrase).length > 0)
      )
        continue;
      if (n === 1 && usedAsVerb(tokens, i, phrase)) continue;
      const hit = catalog.match(phrase);
      if (!hit) continue;
      if (n > 1 && sameAsOneWord(phrase, hit.names, catalog)) continue;
      used = n;
      // "programmatic display": two words naming the same channel are one mention of it.
      const last = out[out.length - 1];
      if (last?.t === 'ch' && last.ref === hit.ref) {
        out[out.length - 1] = { ...last, said: `${last.said} ${phrase}` };
        continue;
      }
      out.push({ t: 'ch', said: phrase, ...hit });
    }
    if (used === 0) {
      const tok = tokens[i];
      if (tok) out.push(tok);
      used = 1;
    }
    i += used;
  }
  return dropNamedGroups(out);
}

/**
 * "Both of our broadcast channels, TV and radio": a group whose every member the message also
 * names one by one is the same channels said twice, so the group goes back to being a word.
 */
function dropNamedGroups(tokens: Token[]): Token[] {
  const single = new Set(
    tokens.flatMap((tok) => (tok.t === 'ch' && tok.names.length === 1 ? tok.names : [])),
  );
  return tokens.map((tok) =>
    tok.t === 'ch' && tok.names.length > 1 && tok.names.every((n) => single.has(n))
      ? { t: 'w', w: tok.said }
      : tok,
  );
}
