import { wordOf } from './token-utils';
import type { Token } from './tokens';

/** Whether the words after the k-th channel of a clause (up to the next) send it to zero. */
export function goesToZero(clause: Token[], k: number): boolean {
  const at = clause.map((tok, i) => (tok.t === 'ch' ? i : -1)).filter((i) => i >= 0);
  const end = at[k + 1] ?? clause.length;
  const after = clause
    .slice((at[k] as number) + 1, end)
    .map((tok) => ((tok.t === 'money' || tok.t === 'num') && tok.v === 0 ? '0' : wordOf(tok)))
    .join(' ');
  return /^(?:(?:spend|budget|spending) )?(?:goes |go |set |drops? |falls? |is |at )?(?:to )?(?:zero|0|nothing)\b|^off\b|^(?:goes |go )?dark\b/.test(
    after.replace(/^[,;:]\s*/, ''),
  );
}
