import type { Token } from './tokens';

/**
 * The message as one string with slots replaced by markers (`CH`, `MONEY`, `PCT`, `NUM`, `MULT`),
 * so intent cues can be written as plain patterns: "move PCT of CH to CH".
 */
export function skeleton(tokens: Token[]): string {
  return tokens
    .map((tok) => {
      switch (tok.t) {
        case 'w':
        case 'p':
          return tok.w;
        case 'ch':
          return 'CH';
        case 'money':
          return 'MONEY';
        case 'pct':
          return 'PCT';
        case 'mult':
          return 'MULT';
        case 'num':
          // A plain zero is the word the cues know ("went to zero", "set to 0").
          if (tok.v === 0) return 'zero';
          return /^(19|20)\d\d$/.test(tok.raw) ? 'YEAR' : 'NUM';
      }
      return '';
    })
    .join(' ');
}
