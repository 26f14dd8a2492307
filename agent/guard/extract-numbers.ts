/** A number as it appears in text, with the value it stands for and how finely it was rounded. */
export interface NumberMention {
  /** The characters as written, e.g. `$1.2M`, `20%`, `1,234`. */
  text: string;
  index: number;
  value: number;
  /** Half a unit of the last shown digit, in the value's units: `1.2M` → 50,000. */
  tolerance: number;
  percent: boolean;
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

const NUMBER_RE =
  /(?<![\w.])([-+−]?)([$€£]?)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|thousand|mn|mm|m|million|bn|b|billion)\b)?(\s?%|\s?pp\b|\s?percent\b|\s?x\b)?/gi;

/** Spans that hold digits but are not quantities: citation markers, ISO dates, quarter labels, list numbering. */
const SKIP_RE = /\[\d+\]|\b\d{4}-\d{2}-\d{2}\b|\b[QH][1-4]\b|^\s*\d+\.\s/gim;

/**
 * Finds the quantities in an answer. ISO dates, citation markers `[n]`, quarter labels and list
 * numbering are skipped; their digits are references, not claims.
 */
export function extractNumbers(text: string): NumberMention[] {
  const masked = text.replace(SKIP_RE, (m) => ' '.repeat(m.length));
  const out: NumberMention[] = [];
  for (const m of masked.matchAll(NUMBER_RE)) {
    const whole = (m[3] as string).replace(/,/g, '');
    const frac = m[4] ?? '';
    const scaleWord = m[5]?.toLowerCase();
    const scale = scaleWord ? (SCALE[scaleWord] ?? 1) : 1;
    const suffix = (m[6] ?? '').trim().toLowerCase();
    const percent = suffix === '%' || suffix === 'pp' || suffix === 'percent';
    const value = Number(`${whole}.${frac || '0'}`) * scale * (m[1] && m[1] !== '+' ? -1 : 1);
    let step: number;
    if (frac) step = 10 ** -frac.length;
    else if (scale === 1 && whole.length > 2 && /0+$/.test(whole))
      step = 10 ** Math.min(whole.match(/0+$/)![0].length, whole.length - 1);
    else step = 1;
    out.push({
      text: m[0].trim(),
      index: m.index ?? 0,
      value,
      tolerance: (step * scale) / 2,
      percent,
    });
  }
  return out;
}
