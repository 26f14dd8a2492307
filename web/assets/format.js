/**
 * Number, money and percent formatting for the widget (en-US, USD). Pure functions.
 */

const moneyFull = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const moneyCompact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
const numberCompact = new Intl.NumberFormat('en-US', {
  notation: 'compact',
  maximumFractionDigits: 1,
});

/**
 * Formats an amount of money: `$250,000`, or `$1.2M` when compact.
 * @param {number} value
 * @param {{ compact?: boolean }} [options]
 * @returns {string}
 */
export function formatMoney(value, options = {}) {
  if (!Number.isFinite(value)) return '–';
  const clean = Object.is(value, -0) ? 0 : value;
  if (options.compact && Math.abs(clean) >= 1000) return moneyCompact.format(clean);
  return moneyFull.format(Math.round(clean) === 0 ? 0 : clean);
}

/**
 * Formats a plain number with grouping; fraction digits shrink as the magnitude grows.
 * @param {number} value
 * @param {{ compact?: boolean, digits?: number }} [options]
 * @returns {string}
 */
export function formatNumber(value, options = {}) {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (options.compact && abs >= 10000) return numberCompact.format(value);
  const digits = options.digits ?? (abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3);
  const out = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
  return out === '-0' ? '0' : out;
}

/**
 * Formats a fraction as a percent: 0.023 → `2.3%`; `signed` adds a leading `+` for gains.
 * @param {number} fraction
 * @param {{ signed?: boolean, digits?: number }} [options]
 * @returns {string}
 */
export function formatPercent(fraction, options = {}) {
  if (!Number.isFinite(fraction)) return '–';
  const digits = options.digits ?? 1;
  const pct = fraction * 100;
  const rounded = Number(pct.toFixed(digits));
  const body = `${Math.abs(rounded).toFixed(digits)}%`;
  if (rounded < 0) return `−${body}`;
  return options.signed && rounded > 0 ? `+${body}` : body;
}

/**
 * Formats a change with an explicit sign: `+12,300`, `−4.5K`, `+$20K`.
 * @param {number} value
 * @param {{ money?: boolean, compact?: boolean }} [options]
 * @returns {string}
 */
export function formatSigned(value, options = {}) {
  if (!Number.isFinite(value)) return '–';
  const body = options.money
    ? formatMoney(Math.abs(value), { compact: options.compact })
    : formatNumber(Math.abs(value), { compact: options.compact });
  if (body === '0' || body === '$0') return body;
  return `${value < 0 ? '−' : '+'}${body}`;
}

const ACRONYMS = new Set(['tv', 'ctv', 'ooh', 'dooh', 'seo', 'sem', 'ppc', 'crm', 'sms', 'kpi']);

/**
 * Turns a column name into a label: `paid_search` → `Paid search`, `tv` → `TV`; a name that
 * already has capitals or spaces is kept as written.
 * @param {string} name
 * @returns {string}
 */
export function prettyName(name) {
  if (/[A-Z\s]/.test(name)) return name;
  const words = name
    .replace(/_(spend|cost)$/i, '')
    .split(/[_\-\s]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
  if (words.length === 0) return name;
  const first = /** @type {string} */ (words[0]);
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(' ');
}

const MONEY_COLUMN = /spend|budget|cost|revenue|investment|\$/i;
const SHARE_COLUMN = /share|percent|pct|%/i;

/**
 * Formats a table cell by its column name: money for spend/budget columns, percent for share
 * columns holding fractions, grouped numbers otherwise; text is kept as is.
 * @param {string} column
 * @param {string | number} value
 * @returns {string}
 */
export function formatCell(column, value) {
  if (typeof value !== 'number') return value;
  if (SHARE_COLUMN.test(column))
    return Math.abs(value) <= 1 ? formatPercent(value) : formatNumber(value);
  if (MONEY_COLUMN.test(column)) return formatMoney(value);
  return formatNumber(value);
}
