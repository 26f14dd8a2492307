import type { Page } from 'playwright-core';
import type { AgentAnswer } from '../../agent';

/** A CSV with the demo's columns whose second data row has a negative TV spend. */
export const BAD_CSV = {
  name: 'bad-spend.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'date,revenue,tv_spend,social_spend\n' +
      '2024-01-01,1000000,50000,20000\n' +
      '2024-01-08,1100000,-5,21000\n' +
      '2024-01-15,1050000,40000,19000\n',
  ),
};

/** Waits for the page's next POST to `path` and returns the final answer of its event stream. */
export async function chatTurn(page: Page, path: string): Promise<AgentAnswer> {
  const response = await page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path,
  );
  const text = await response.text();
  for (const block of text.split('\n\n')) {
    const data = block
      .split('\n')
      .filter((l) => l.startsWith('data:'))
      .map((l) => l.slice(5).trim())
      .join('\n');
    if (!data) continue;
    const event = JSON.parse(data) as { type: string; answer?: AgentAnswer };
    if (event.type === 'final' && event.answer) return event.answer;
  }
  throw new Error(`no final event in the ${path} stream: ${text.slice(0, 300)}`);
}

const SCALE: Record<string, number> = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9 };

/**
 * Reads the first signed, possibly compact amount in a readout: `−106.1K (−0.7%)` → -106100,
 * `$410,000` → 410000, `-$137k` → -137000 (both hyphen and the typographic minus).
 */
export function parseCompact(text: string): number {
  const m = /([-−+]?)\s?\$?([\d,]+(?:\.\d+)?)\s?([kKmMbB]?)/.exec(text);
  if (!m) return Number.NaN;
  const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
  return sign * Number((m[2] ?? '').replace(/,/g, '')) * (SCALE[m[3] ?? ''] ?? 1);
}

/**
 * The KPI change in the what-if answer's opening sentence
 * ("Moving 20% of TV to Social would lower revenue by -$106k (-0.67%) …"), signed by the verb.
 */
export function whatIfDelta(answer: string): { amount: number; percent: number } | undefined {
  const m =
    /Moving 20% of TV to Social would (lower|raise|increase|change) revenue by ([-−+]?\$[\d.,]+[kKmMbB]?) \(([-−+]?[\d.]+)%\)/.exec(
      answer,
    );
  if (!m) return undefined;
  const amount = parseCompact(m[2] ?? '');
  const percent = Number((m[3] ?? '').replace('−', '-'));
  if (m[1] === 'change') return { amount, percent };
  const sign = m[1] === 'lower' ? -1 : 1;
  return { amount: sign * Math.abs(amount), percent: sign * Math.abs(percent) };
}
