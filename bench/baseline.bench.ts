/**
 * The baseline answer's price and promotion figures against the simulated truth, per seed.
 * `npm run bench -- baseline`; `BASELINE_BENCH_SEEDS=1-24` (the default) sets the seeds.
 */
import { baselineRecovery } from '../tools';
import { markdownTable, median } from './measure';

function seeds(): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(process.env.BASELINE_BENCH_SEEDS ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [1, 24];
}

const pct = (e: number) => `${e >= 0 ? '+' : ''}${(100 * e).toFixed(0)}%`;

export default async function run(): Promise<string> {
  const [a, b] = seeds();
  const rows: (string | number)[][] = [];
  const price: number[] = [];
  const promo: number[] = [];
  const held = { price: { in80: 0, in95: 0 }, promo: { in80: 0, in95: 0 } };
  const mark = (h: { in80: boolean; in95: boolean }) =>
    h.in80 ? 'in 80%' : h.in95 ? 'in 95%' : 'out';
  for (let seed = a; seed <= b; seed++) {
    const r = baselineRecovery(seed);
    price.push(r.priceError);
    promo.push(r.promoError);
    for (const k of ['price', 'promo'] as const) {
      held[k].in80 += Number(r.held[k].in80);
      held[k].in95 += Number(r.held[k].in95);
    }
    rows.push([seed, pct(r.priceError), mark(r.held.price), pct(r.promoError), mark(r.held.promo)]);
  }
  const abs = (v: number[]) => v.map(Math.abs);
  const n = b - a + 1;
  const rate = (k: 'price' | 'promo') =>
    `${pct(held[k].in80 / n)} / ${pct(held[k].in95 / n)}`.replaceAll('+', '');
  rows.push(['median error (bias)', pct(median(price)), '', pct(median(promo)), '']);
  rows.push(['median |error|', pct(median(abs(price))), '', pct(median(abs(promo))), '']);
  rows.push(['worst |error|', pct(Math.max(...abs(price))), '', pct(Math.max(...abs(promo))), '']);
  rows.push(['80% / 95% intervals hold the truth', '', rate('price'), '', rate('promo')]);
  return `### Baseline drivers against the truth (seeds ${a}-${b})\n\n${markdownTable(
    ['seed', 'price effect error', 'its interval', 'promotion lift error', 'its interval'],
    rows,
  )}`;
}
