/**
 * Recovery on data from generators the engine was not built with (bench/foreign-worlds/: a
 * Meridian-like and a Robyn/siMMMulator-like world). Each world's CSV goes through parseDataset as
 * a user upload would (no overrides), then `fitModel(dataset, { intervals: 30, seed: 42 })`, and
 * the fitted channel shares and contribution intervals are scored against the generator's truth,
 * next to least squares given the generator's true curves (how much error the data alone leave).
 * `npm run bench -- foreign`; `FOREIGN_BENCH_SEEDS=1-20` for a shorter run (default 1-60).
 */
import { fitModel, parseDataset, runRate } from '../tools/index';
import { meridianLike } from './foreign-worlds/meridian-like';
import { robynLike } from './foreign-worlds/robyn-like';
import type { ForeignChannelTruth, ForeignWorld } from './foreign-worlds/world-types';
import { markdownTable, median } from './measure';
import { trueCurveShares } from './true-curve-shares';

const GENERATORS: [string, (seed: number) => ForeignWorld][] = [
  ['Meridian-like', meridianLike],
  ['Robyn-like', robynLike],
];

function seedRange(): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(process.env.FOREIGN_BENCH_SEEDS ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : [1, 60];
}

/** One channel of one fit, scored against the truth. */
interface Scored {
  truth: ForeignChannelTruth;
  /** Fitted minus true share, in percentage points. */
  err: number;
  /** Least squares given the true curves, minus the true share, in points: the data's own error. */
  oracleErr: number;
  in80: boolean;
  in95: boolean;
  /** Next-dollar ROI at the recent run-rate: relative error, and whether its intervals hold it. */
  mroi?: { err: number; in80: boolean; in95: boolean };
  /** Carryover share: error in points, and whether its intervals hold it. */
  carryover: { err: number; in80: boolean; in95: boolean };
}

const holds = (v: number, iv: { low: number; high: number } | undefined) =>
  !!iv && v >= iv.low && v <= iv.high;

interface GeneratorRun {
  datasets: number;
  /** Datasets where auto-detection did not find the written channels, controls and events. */
  detectionMisses: number[];
  failures: string[];
  channels: Scored[];
  /** Fitted minus true total media share per dataset, pp. */
  totalErrors: number[];
  fitMs: number[];
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function runGenerator(make: (seed: number) => ForeignWorld, [first, last]: [number, number]) {
  const run: GeneratorRun = {
    datasets: 0,
    detectionMisses: [],
    failures: [],
    channels: [],
    totalErrors: [],
    fitMs: [],
  };
  for (let seed = first; seed <= last; seed++) {
    const world = make(seed);
    run.datasets++;
    try {
      let { dataset } = parseDataset(world.csv);
      const { schema } = dataset;
      const { expected } = world;
      if (
        !sameSet(schema.channels, expected.channels) ||
        !sameSet(schema.controls, expected.controls) ||
        !sameSet(schema.events, expected.events)
      ) {
        // Counted, then read with the written roles so the fit is still scored.
        run.detectionMisses.push(seed);
        dataset = parseDataset(world.csv, { kpi: 'revenue', ...expected }).dataset;
      }
      const started = performance.now();
      const model = fitModel(dataset, { intervals: 30, seed: 42 });
      run.fitMs.push(performance.now() - started);
      const kpiTotal = dataset.kpi.reduce((a, b) => a + b, 0);
      const oracle = trueCurveShares(
        dataset,
        world.channels.map((c) => c.response),
        kpiTotal,
      );
      let trueTotal = 0;
      let fittedTotal = 0;
      for (const [j, truth] of world.channels.entries()) {
        const fitted = model.channels.find((c) => c.name === truth.name);
        if (!fitted) throw new Error(`no fitted channel ${truth.name}`);
        const [a, b] = fitted.interval.contribution;
        const inside = (iv: typeof a) =>
          !!iv && truth.contribution >= iv.low && truth.contribution <= iv.high;
        const current = runRate(dataset.spend[truth.name] ?? [], dataset.schema.frequency);
        const trueMroi = truth.steadyMarginal(current);
        const [m80, m95] = fitted.interval.mroi ?? [];
        const [c80, c95] = fitted.interval.carryoverShare ?? [];
        run.channels.push({
          truth,
          err: 100 * (fitted.share - truth.share),
          oracleErr: 100 * ((oracle[j] as number) - truth.share),
          in80: inside(a),
          in95: inside(b),
          // A channel off over the whole recent window has no finite true slope at zero spend.
          ...(Number.isFinite(trueMroi) && trueMroi > 0
            ? {
                mroi: {
                  err: Math.abs(fitted.mroi - trueMroi) / trueMroi,
                  in80: holds(trueMroi, m80),
                  in95: holds(trueMroi, m95),
                },
              }
            : {}),
          carryover: {
            err: 100 * Math.abs(fitted.carryoverShare - truth.carryover),
            in80: holds(truth.carryover, c80),
            in95: holds(truth.carryover, c95),
          },
        });
        trueTotal += truth.share;
        fittedTotal += fitted.share;
      }
      run.totalErrors.push(100 * (fittedTotal - trueTotal));
    } catch (e) {
      run.failures.push(`seed ${seed}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return run;
}

const pct = (count: number, of: number) => (of > 0 ? `${((100 * count) / of).toFixed(0)}%` : '-');
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
const signed = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(2)}`;
const over6 = (rows: Pick<Scored, 'err'>[]) => {
  const n = rows.filter((r) => Math.abs(r.err) > 6).length;
  return `${n} (${pct(n, rows.length)})`;
};

function headline(run: GeneratorRun): (string | number)[] {
  const rows = run.channels;
  return [
    run.datasets,
    run.detectionMisses.length,
    run.failures.length,
    rows.length,
    median(rows.map((r) => Math.abs(r.err))).toFixed(2),
    over6(rows),
    pct(rows.filter((r) => r.in80).length, rows.length),
    pct(rows.filter((r) => r.in95).length, rows.length),
    signed(mean(rows.map((r) => r.err))),
    signed(mean(run.totalErrors)),
    median(rows.map((r) => Math.abs(r.oracleErr))).toFixed(2),
    over6(rows.map((r) => ({ err: r.oracleErr }))),
    median(run.fitMs).toFixed(0),
  ];
}

/** Always-on channels with steady spend (no zero week, CV < 0.5) against the rest. */
function bySteadiness(run: GeneratorRun): (string | number)[][] {
  const steady = (r: Scored) => r.truth.zeroWeeks === 0 && r.truth.cv < 0.5;
  const groups: [string, Scored[]][] = [
    ['always on, spend CV < 0.5', run.channels.filter(steady)],
    ['the rest', run.channels.filter((r) => !steady(r))],
  ];
  return groups.map(([label, rows]) => [
    label,
    rows.length,
    rows.length > 0 ? median(rows.map((r) => Math.abs(r.err))).toFixed(2) : '-',
    over6(rows),
    pct(rows.filter((r) => r.in80).length, rows.length),
  ]);
}

/** Next-dollar ROI and carryover share against the generator's true curves. */
function responses(run: GeneratorRun): (string | number)[] {
  const m = run.channels.flatMap((r) => (r.mroi ? [r.mroi] : []));
  const c = run.channels.map((r) => r.carryover);
  return [
    m.length,
    `${(100 * median(m.map((x) => x.err))).toFixed(0)}%`,
    `${pct(m.filter((x) => x.in80).length, m.length)} / ${pct(m.filter((x) => x.in95).length, m.length)}`,
    c.length,
    `${median(c.map((x) => x.err)).toFixed(1)} pp`,
    `${pct(c.filter((x) => x.in80).length, c.length)} / ${pct(c.filter((x) => x.in95).length, c.length)}`,
  ];
}

export default async function run(): Promise<string> {
  const seeds = seedRange();
  const out = [
    '## Foreign generators',
    '',
    `Seeds ${seeds[0]}-${seeds[1]} per generator; CSV read by parseDataset with no overrides, fit with 30 draws, seed 42. Share error = fitted - true share of KPI, in pp; coverage = the 80% / 95% contribution interval holds the true contribution; total media error = fitted - true summed media share per dataset; true curves = ordinary least squares on the engine's baseline columns and the generator's true media curves (no priors, no bounds), the error the data leave even when the curves are known.`,
  ];
  for (const [label, make] of GENERATORS) {
    const result = runGenerator(make, seeds);
    out.push(
      '',
      `### ${label}`,
      '',
      markdownTable(
        [
          'datasets',
          'detection misses',
          'failed',
          'channels',
          'median abs err (pp)',
          '> 6 pp',
          '80% coverage',
          '95% coverage',
          'signed mean err (pp)',
          'total media err, mean (pp)',
          'true curves: median abs err (pp)',
          'true curves: > 6 pp',
          'median fit ms',
        ],
        [headline(result)],
      ),
      '',
      markdownTable(
        ['channels', 'n', 'median abs err (pp)', '> 6 pp', '80% coverage'],
        bySteadiness(result),
      ),
      '',
      markdownTable(
        [
          'channels (next-dollar ROI)',
          'its median error',
          'its 80% / 95% coverage',
          'channels (carryover)',
          'its median error',
          'its 80% / 95% coverage',
        ],
        [responses(result)],
      ),
    );
    if (result.detectionMisses.length > 0) {
      out.push('', `Auto-detection missed roles in seeds ${result.detectionMisses.join(', ')}.`);
    }
    if (result.failures.length > 0) out.push('', `Failed: ${result.failures.join('; ')}.`);
  }
  return out.join('\n');
}
