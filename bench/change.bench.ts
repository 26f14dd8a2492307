/**
 * Honesty of the intervals on predicted changes (what-if and the optimizer's promised gain) on
 * held-out simulator seeds: for the four plan changes of ./plan-changes.ts in every world, how
 * often the 80% and 95% intervals hold the change under the simulator's true curves, and how the
 * point estimate compares with it. `npm run bench -- change`; `CHANGE_BENCH_SEEDS=2000-2019` (the
 * default) sets the seeds; the interval scale was derived on seeds 1000-1029.
 */
import { fitModel, randomSpec, simulateDataset, truePlanMedia } from '../tools';
import { markdownTable, median } from './measure';
import { planChanges } from './plan-changes';
import { SCENARIOS } from './scenarios';

function seeds(): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(process.env.CHANGE_BENCH_SEEDS ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [2000, 2019];
}

interface Tally {
  n: number;
  in80: number;
  in95: number;
  /** True change over the point estimate, for changes whose point is not near zero. */
  ratio: number[];
}

const tally = (): Tally => ({ n: 0, in80: 0, in95: 0, ratio: [] });

export default async function run(): Promise<string> {
  const [a, b] = seeds();
  const byChange = new Map<string, Tally>();
  const byFrequency = new Map<string, Tally>();
  const all = tally();
  for (const options of Object.values(SCENARIOS)) {
    for (let seed = a; seed <= b; seed++) {
      const spec = randomSpec(seed, options);
      const { dataset, truth } = simulateDataset(spec, seed);
      const model = fitModel(dataset, { intervals: 60, seed: 42 });
      for (const c of planChanges(model)) {
        const actual =
          truePlanMedia(spec, dataset, truth, c.scenario, c.periods) -
          truePlanMedia(spec, dataset, truth, c.reference, c.periods);
        const holds = (level: number) => {
          const iv = c.intervals.find((i) => i.level === level);
          return iv !== undefined && actual >= iv.low && actual <= iv.high ? 1 : 0;
        };
        const groups = [
          all,
          byChange.get(c.name) ?? tally(),
          byFrequency.get(options.frequency) ?? tally(),
        ];
        byChange.set(c.name, groups[1] as Tally);
        byFrequency.set(options.frequency, groups[2] as Tally);
        for (const g of groups) {
          g.n += 1;
          g.in80 += holds(0.8);
          g.in95 += holds(0.95);
          if (Math.abs(c.point) > 1e-9) g.ratio.push(actual / c.point);
        }
      }
    }
  }
  const row = (name: string, t: Tally) => [
    name,
    t.n,
    `${((100 * t.in80) / t.n).toFixed(0)}%`,
    `${((100 * t.in95) / t.n).toFixed(0)}%`,
    median(t.ratio).toFixed(2),
  ];
  const rows = [
    ...[...byChange].map(([name, t]) => row(name, t)),
    ...[...byFrequency].map(([name, t]) => row(`all ${name}`, t)),
    row('all', all),
  ];
  return [
    `## Intervals on predicted changes (held-out seeds ${a}-${b}, five scenarios, 60 draws)`,
    '',
    markdownTable(
      ['change', 'n', '80% holds truth', '95% holds truth', 'median true / predicted'],
      rows,
    ),
  ].join('\n');
}
