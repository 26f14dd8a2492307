/**
 * Derives `CHANGE_INTERVAL_SCALE` (tools/stats/calibrated-interval.ts), the widening of the
 * posterior draws' spread for a predicted change between two plans (what-if, optimizer gain):
 * for each plan change of `planChanges` in every tuning world (seeds 1000-1029 of the five
 * scenarios in ./scenarios.ts), the widening that would just reach the change under the
 * simulator's true curves; the scale is the 80th
 * percentile of those. Fits use the chat's 60 draws.
 * `npx tsx bench/calibrate-change-intervals.ts [first-seed] [count]` (about 10 minutes).
 */
import {
  drawDeltas,
  fitModel,
  quantile,
  randomSpec,
  simulateDataset,
  truePlanMedia,
} from '../tools';
import { planChanges } from './plan-changes';
import { SCENARIOS } from './scenarios';
import { wideningNeeded } from './widening-needed';

const first = Number(process.argv[2] ?? 1000);
const count = Number(process.argv[3] ?? 30);

const by: Record<string, { s80: number[]; s95: number[] }> = {};
for (const [name, options] of Object.entries(SCENARIOS)) {
  for (let seed = first; seed < first + count; seed++) {
    const spec = randomSpec(seed, options);
    const { dataset, truth } = simulateDataset(spec, seed);
    const model = fitModel(dataset, { intervals: 60, seed: 42 });
    const group = by[options.frequency] ?? { s80: [], s95: [] };
    by[options.frequency] = group;
    for (const change of planChanges(model)) {
      const actual =
        truePlanMedia(spec, dataset, truth, change.scenario, change.periods) -
        truePlanMedia(spec, dataset, truth, change.reference, change.periods);
      const draws = drawDeltas(model, change.reference, change.scenario, change.periods);
      group.s80.push(wideningNeeded(actual, change.point, draws, 0.8));
      group.s95.push(wideningNeeded(actual, change.point, draws, 0.95));
    }
  }
  console.error(`done: ${name}`);
}
const q = (v: number[], p: number) =>
  quantile(
    [...v].sort((a, b) => a - b),
    p,
  ).toFixed(2);
for (const [f, g] of Object.entries(by))
  console.log(
    `${f} (${g.s80.length} changes): 80% needs ${q(g.s80, 0.8)}, 95% needs ${q(g.s95, 0.95)}`,
  );
