/**
 * Derives the interval scales in tools/stats/calibrated-interval.ts for what a fit reports per
 * channel: contribution (`INTERVAL_SCALE`), next-dollar ROI at the recent run-rate
 * (`MROI_INTERVAL_SCALE`) and carryover share (`CARRYOVER_INTERVAL_SCALE`), and for the price
 * and promotion effects of the worlds that have them (`DRIVER_INTERVAL_SCALE`). For every channel of
 * the tuning worlds (seeds 1000-1029 of each scenario in ./scenarios.ts) it finds the widening of
 * the raw posterior draws' spread that would just reach the simulator's true value; the scale is
 * the 80th percentile of those, so the 80% interval holds the truth 80% of the time on the tuning
 * worlds. Also prints the 95th percentile of the 95%-interval widening, as a check.
 * `npx tsx bench/calibrate-intervals.ts [first-seed] [count]` (about 3 minutes).
 */
import {
  carryoverOf,
  fitModelWithDraws,
  marginalAt,
  quantile,
  randomSpec,
  runRate,
  simulateDataset,
  spendScale,
  trueCarryover,
  trueDriverEffects,
  trueSteadyMarginal,
} from '../tools';
import { SCENARIOS } from './scenarios';
import { wideningNeeded } from './widening-needed';

const first = Number(process.argv[2] ?? 1000);
const count = Number(process.argv[3] ?? 30);

type Quantity = 'contribution' | 'mroi' | 'carryover' | 'drivers';
const QUANTITIES: Quantity[] = ['contribution', 'mroi', 'carryover', 'drivers'];
const by: Record<string, Record<Quantity, { s80: number[]; s95: number[] }>> = {};
const add = (frequency: string, q: Quantity, truth: number, point: number, draws: number[]) => {
  by[frequency] ??= {
    contribution: { s80: [], s95: [] },
    mroi: { s80: [], s95: [] },
    carryover: { s80: [], s95: [] },
    drivers: { s80: [], s95: [] },
  };
  const g = by[frequency][q];
  g.s80.push(wideningNeeded(truth, point, draws, 0.8));
  g.s95.push(wideningNeeded(truth, point, draws, 0.95));
};

for (const [name, options] of Object.entries(SCENARIOS)) {
  for (let seed = first; seed < first + count; seed++) {
    const spec = randomSpec(seed, options);
    const { dataset, truth } = simulateDataset(spec, seed);
    const { model, draws, driverDraws } = fitModelWithDraws(dataset, { intervals: 30 });
    const f = options.frequency;
    model.channels.forEach((c, j) => {
      const spend = dataset.spend[c.name] ?? [];
      const current = runRate(spend, f);
      const scale = spendScale(spend);
      const models = model.draws.map((d) => d.channels[j]).filter((m) => m !== undefined);
      add(
        f,
        'contribution',
        truth.channels[c.name]?.contribution ?? Number.NaN,
        c.contribution,
        draws.map((d) => d[j] as number),
      );
      add(
        f,
        'mroi',
        trueSteadyMarginal(spec, dataset, truth, c.name, current),
        c.mroi,
        models.map((m) => marginalAt(m, current, scale)),
      );
      add(f, 'carryover', trueCarryover(spec, c.name), c.carryoverShare, models.map(carryoverOf));
    });
    for (const [name, truth] of Object.entries(trueDriverEffects(spec, dataset))) {
      const point = model.baselineParts?.find((p) => p.name === name)?.perUnit?.value;
      if (point !== undefined) add(f, 'drivers', truth, point, driverDraws[name] ?? []);
    }
  }
  console.error(`done: ${name}`);
}
const q = (v: number[], p: number) =>
  quantile(
    [...v].sort((a, b) => a - b),
    p,
  ).toFixed(2);
for (const quantity of QUANTITIES) {
  const groups = Object.entries(by).map(([f, g]) => [f, g[quantity]] as const);
  const all80 = groups.flatMap(([, g]) => g.s80);
  const all95 = groups.flatMap(([, g]) => g.s95);
  console.log(
    `${quantity}, ${quantity === 'drivers' ? 'price and promotion effects' : 'channels'} ${all80.length}: scale for 80% = ${q(all80, 0.8)}, for 95% = ${q(all95, 0.95)}`,
  );
  for (const [f, g] of groups)
    console.log(
      `  ${f} (${g.s80.length}): 80% needs ${q(g.s80, 0.8)}, 95% needs ${q(g.s95, 0.95)}`,
    );
}
