import type { Dataset } from '../data/dataset-types';
import { DEMO_SEED, DEMO_SPEC } from './demo-spec';
import { simulateDataset } from './simulate-dataset';
import type { SimulationTruth } from './simulation-types';

/** A dataset as CSV text: date, KPI, spend columns, then controls and events. */
export function datasetToCsv(dataset: Dataset): string {
  const { schema } = dataset;
  const cols: [string, number[]][] = [
    [schema.kpi, dataset.kpi],
    ...schema.channels.map((c): [string, number[]] => [c, dataset.spend[c] ?? []]),
    ...schema.controls.map((c): [string, number[]] => [c, dataset.controls[c] ?? []]),
    ...schema.events.map((c): [string, number[]] => [c, dataset.events[c] ?? []]),
  ];
  const lines = [[schema.date, ...cols.map(([n]) => n)].join(',')];
  dataset.dates.forEach((d, t) => {
    lines.push(
      [d, ...cols.map(([, v]) => String(Math.round((v[t] as number) * 100) / 100))].join(','),
    );
  });
  return `${lines.join('\n')}\n`;
}

/** The demo dataset's CSV text and its truth as JSON, exactly as committed under `data/`. */
export function demoFiles(): { csv: string; truth: string; parsedTruth: SimulationTruth } {
  const { dataset, truth } = simulateDataset(DEMO_SPEC, DEMO_SEED);
  return {
    csv: datasetToCsv(dataset),
    truth: `${JSON.stringify(truth, null, 2)}\n`,
    parsedTruth: truth,
  };
}
