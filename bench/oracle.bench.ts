/**
 * How much of the recovery error is the curves: on the held-out simulator seeds, the engine's
 * share errors next to least squares given the true adstock and saturation curves (the same
 * baseline columns as the engine; the true curves see the spend before the data window too, as
 * the KPI did). `npm run bench -- oracle`; `ORACLE_BENCH_SEEDS=2000-2019`
 * (the default) sets the seeds.
 */
import { channelResponse, fitModel, randomSpec, simulateDataset } from '../tools';
import { markdownTable, median } from './measure';
import { SCENARIOS } from './scenarios';
import { trueCurveShares } from './true-curve-shares';

function seeds(): [number, number] {
  const m = /^(\d+)-(\d+)$/.exec(process.env.ORACLE_BENCH_SEEDS ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [2000, 2019];
}

export default async function run(): Promise<string> {
  const [a, b] = seeds();
  const rows: (string | number)[][] = [];
  const all = { engine: [] as number[], truth: [] as number[] };
  for (const [name, options] of Object.entries(SCENARIOS)) {
    const engine: number[] = [];
    const truthCurves: number[] = [];
    for (let seed = a; seed <= b; seed++) {
      const spec = randomSpec(seed, options);
      const { dataset, truth, presample } = simulateDataset(spec, seed);
      const model = fitModel(dataset, { intervals: 30, seed: 42 });
      const oracle = trueCurveShares(
        dataset,
        spec.channels.map((ch) => {
          const before = presample[ch.name] ?? [];
          const spend = Float64Array.from([...before, ...(dataset.spend[ch.name] ?? [])]);
          return channelResponse(ch, spend, before.length).subarray(before.length);
        }),
        truth.kpiTotal,
      );
      spec.channels.forEach((ch, j) => {
        const share = truth.channels[ch.name]?.share ?? Number.NaN;
        const fitted = model.channels.find((c) => c.name === ch.name)?.share ?? Number.NaN;
        engine.push(Math.abs(fitted - share) * 100);
        truthCurves.push(Math.abs((oracle[j] as number) - share) * 100);
      });
    }
    all.engine.push(...engine);
    all.truth.push(...truthCurves);
    const over = (e: number[]) => e.filter((v) => v > 6).length;
    rows.push([
      name,
      engine.length,
      median(engine).toFixed(2),
      over(engine),
      median(truthCurves).toFixed(2),
      over(truthCurves),
    ]);
  }
  const over = (e: number[]) => e.filter((v) => v > 6).length;
  rows.push([
    'all',
    all.engine.length,
    median(all.engine).toFixed(2),
    over(all.engine),
    median(all.truth).toFixed(2),
    over(all.truth),
  ]);
  return `### Engine against least squares given the true curves (seeds ${a}-${b})\n\n${markdownTable(
    [
      'scenario',
      'channels',
      'engine median (pp)',
      'engine > 6 pp',
      'true curves median (pp)',
      'true curves > 6 pp',
    ],
    rows,
  )}`;
}
