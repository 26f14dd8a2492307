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
  for (let seed = a; seed <= b; seed++) {
    const r = baselineRecovery(seed);
    price.push(r.priceError);
    promo.push(r.promoError);
    rows.push([seed, pct(r.priceError), pct(r.promoError)]);
  }
  const abs = (v: number[]) => v.map(Math.abs);
  rows.push(['median error (bias)', pct(median(price)), pct(median(promo))]);
  rows.push(['median |error|', pct(median(abs(price))), pct(median(abs(promo)))]);
  rows.push(['worst |error|', pct(Math.max(...abs(price))), pct(Math.max(...abs(promo)))]);
  return `### Baseline drivers against the truth (seeds ${a}-${b})\n\n${markdownTable(
    ['seed', 'price effect error', 'promotion lift error'],
    rows,
  )}`;
}
