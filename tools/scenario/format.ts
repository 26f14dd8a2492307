/** Money for messages a marketer reads: "$1.2M", "$200,000", "$12.50". */
export function formatMoney(value: number): string {
  const sign = value < 0 ? '-' : '';
  const a = Math.abs(value);
  if (a >= 1e6) return `${sign}$${trim((a / 1e6).toFixed(2))}M`;
  if (a >= 100) return `${sign}$${Math.round(a).toLocaleString('en-US')}`;
  if (a < 0.005) return '$0';
  return `${sign}$${a.toFixed(2)}`;
}

/** A KPI quantity: "12,400", "1.35M", "3.2". */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '-' : '';
  const a = Math.abs(value);
  if (a >= 1e6) return `${sign}${trim((a / 1e6).toFixed(2))}M`;
  if (a >= 100) return `${sign}${Math.round(a).toLocaleString('en-US')}`;
  return `${sign}${trim(a.toFixed(2))}`;
}

/** A percentage from points: 12.345 → "+12.3%". */
export function formatPct(points: number, signed = true): string {
  const s = `${trim(points.toFixed(1))}%`;
  return signed && points > 0 ? `+${s}` : s;
}

function trim(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
