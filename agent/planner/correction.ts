import { wordOf } from './token-utils';
import type { Token } from './tokens';

/**
 * Appended to a request whose channel is asked back ("which of the digital channels?"), so the
 * answer ("TikTok", "sorry, I meant radio") reads as a correction of it.
 */
export const MEANT = ' - i meant';

/** Words that take back a number just said: "sorry, make that 15%", "I meant 2M", "rather 30%". */
const CUE =
  /^(?:sorry|correction|oops|rather|actually|i mean|i meant|make that|make it|scratch that|no wait|wait)$/;

/** The cue starting at token i, as the number of tokens it spans (0 when there is none). */
function cueAt(tokens: Token[], i: number): number {
  // "250k - no, call it 200k": a bare "no" set off by a comma or dash.
  if (wordOf(tokens[i]) === 'no' && /^[,-]$/.test(wordOf(tokens[i + 1]))) return 1;
  for (const n of [2, 1]) {
    const said = tokens
      .slice(i, i + n)
      .map(wordOf)
      .join(' ');
    if (tokens.slice(i, i + n).every((t) => t.t === 'w') && CUE.test(said)) return n;
  }
  return 0;
}

const isAmount = (t: Token | undefined) => t?.t === 'pct' || t?.t === 'money' || t?.t === 'mult';

/**
 * Applies a correction said in the same message ("what if search went up 20%? Sorry, make that
 * 15%", "cut TV by 20%, sorry, I meant radio"): the earlier number (or channel) of the same kind
 * is replaced and the correction dropped, so the rest of the planner reads "what if search went
 * up 15%".
 */
export function applyCorrection(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i += 1) {
    const span = cueAt(tokens, i);
    if (span === 0) continue;
    let j = i + span;
    // "actually, let's be bolder, 45%": a few words of hedging between the cue and the number.
    while (j < tokens.length && !isAmount(tokens[j]) && j < i + span + 7) {
      const w = wordOf(tokens[j]);
      if (
        tokens[j]?.t === 'ch' ||
        !/^(?:,|make|that|it|to|into|i|mean|meant|-|:|oh|ok|okay|well|just|sorry|let|lets|let's|s|us|be|go|say|call|even|more|bolder|braver|bigger|larger|higher|smaller|lower|further|aggressive|ambitious|cautious|conservative|safer|modest|instead|how|about)$/.test(
          w,
        )
      )
        break;
      j += 1;
    }
    const said = tokens[j];
    const rest = tokens.slice(j + 1);
    // "cut TV by 20%, sorry I meant radio": a channel for a channel, when nothing else follows.
    const channel =
      said?.t === 'ch' &&
      rest.every((t) => t.t === 'p' || /^(?:then|instead|please|thanks|pls)$/.test(wordOf(t)));
    if (!channel && (!isAmount(said) || rest.some((t) => t.t === 'ch'))) continue;
    let k = i - 1;
    while (k >= 0 && tokens[k]?.t !== said?.t) k -= 1;
    if (k < 0) continue;
    const start = [',', '.', '!', '?', ';', '-'].includes(wordOf(tokens[i - 1])) ? i - 1 : i;
    return [
      ...tokens.slice(0, k),
      said as Token,
      ...tokens.slice(k + 1, start),
      ...tokens.slice(j + 1),
    ];
  }
  return tokens;
}
