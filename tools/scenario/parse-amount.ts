import { invalid } from '../errors';

const AMOUNT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)([kmb])?$/i;
const UNIT: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/**
 * An amount as people write it: `50000`, `50k`, `1.2M`, `$1.5M`, `$50,000`, `2B`, `+10%` (the
 * percent sign is dropped: the caller knows whether it reads a percentage), `1e6`; null when the
 * text is not one. Every surface reads amounts with this, so the CLI and the HTTP API accept the
 * same text.
 */
export function readAmount(text: string): number | null {
  const m = text
    .trim()
    .replace(/[$€£,_\s]/g, '')
    .replace(/%$/, '')
    .match(AMOUNT);
  if (!m) return null;
  const value = Number(m[1]) * (UNIT[m[2]?.toLowerCase() ?? ''] ?? 1);
  return Number.isFinite(value) ? value : null;
}

/** What an amount looks like, for messages. */
export const AMOUNT_EXAMPLES = '50000, 50k, 1.2M, $50,000';

/** `readAmount`, throwing `invalid_input` naming `field` when the text is not an amount. */
export function parseAmount(field: string, text: string): number {
  const value = readAmount(text);
  if (value === null)
    throw invalid(field, `'${text}' is not a number (e.g. ${AMOUNT_EXAMPLES})`, 'invalid_input');
  return value;
}
