/**
 * Derives `INTERVAL_SCALE` (tools/fit/intervals.ts): for every channel of the tuning worlds
 * (seeds 1000-1029 of each scenario in ./scenarios.ts) the widening of the raw posterior draws'
 * spread that would just reach the true contribution; the scale is the 80th percentile of
 * those, so the 80% interval holds the truth 80% of the time on the tuning worlds. Also prints
 * the 95th percentile of the 95%-interval widening and the split by frequency, as checks.
 * `npx tsx bench/calibrate-intervals.ts [first-seed] [count]` (about 2 minutes).
 */
import { fitModelWithDraws, quantile, randomSpec, simulateDataset } from '../tools';
import { SCENARIOS } from './scenarios';
import { wideningNeeded } from './widening-needed';

const first = Number(process.argv[2] ?? 1000);
const count = Number(process.argv[3] ?? 30);

const by: Record<string, { s80: number[]; s95: number[] }> = {};
for (const [name, options] of Object.entries(SCENARIOS)) {
  for (let seed = first; seed < first + count; seed++) {
    const { dataset, truth } = simulateDataset(randomSpec(seed, options), seed);
    const { model, draws } = fitModelWithDraws(dataset, { intervals: 30 });
    const group = by[options.frequency] ?? { s80: [], s95: [] };
    by[options.frequency] = group;
    model.channels.forEach((c, j) => {
      const t = truth.channels[c.name]?.contribution ?? Number.NaN;
      const column = draws.map((d) => d[j] as number);
      group.s80.push(wideningNeeded(t, c.contribution, column, 0.8));
      group.s95.push(wideningNeeded(t, c.contribution, column, 0.95));
    });
  }
  console.error(`done: ${name}`);
}
const all80 = Object.values(by).flatMap((g) => g.s80);
const all95 = Object.values(by).flatMap((g) => g.s95);
const q = (v: number[], p: number) =>
  quantile(
    [...v].sort((a, b) => a - b),
    p,
  ).toFixed(2);
console.log(
  `channels ${all80.length}: scale for 80% = ${q(all80, 0.8)}, for 95% = ${q(all95, 0.95)}`,
);
for (const [f, g] of Object.entries(by))
  console.log(`  ${f} (${g.s80.length}): 80% needs ${q(g.s80, 0.8)}, 95% needs ${q(g.s95, 0.95)}`);
