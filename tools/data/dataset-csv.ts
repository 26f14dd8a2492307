/** A Dataset back to CSV (for exports), and a Dataset cut to a date window. */
import { MixPilotError } from '../errors';
import type { Dataset } from './dataset-types';

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Writes a dataset as CSV: date, KPI, channels, controls, events, in schema order. Numbers are
 * written in full precision, so `parseDataset(datasetToCsv(d), roles of d)` gives back `d`.
 */
export function datasetToCsv(dataset: Dataset): string {
  const { schema } = dataset;
  const columns: [string, number[]][] = [
    [schema.kpi, dataset.kpi],
    ...schema.channels.map((c): [string, number[]] => [c, dataset.spend[c] ?? []]),
    ...schema.controls.map((c): [string, number[]] => [c, dataset.controls[c] ?? []]),
    ...schema.events.map((c): [string, number[]] => [c, dataset.events[c] ?? []]),
  ];
  const lines = [[schema.date, ...columns.map(([name]) => name)].map(quote).join(',')];
  dataset.dates.forEach((date, t) => {
    lines.push([date, ...columns.map(([, values]) => String(values[t] ?? ''))].join(','));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * The periods of a dataset from `start` to `end` inclusive (ISO dates; either may be omitted).
 * Throws 'invalid_input' when the window holds no period.
 */
export function sliceDataset(dataset: Dataset, start?: string, end?: string): Dataset {
  const from = dataset.dates.findIndex((d) => start === undefined || d >= start);
  let to = dataset.dates.length;
  while (to > 0 && end !== undefined && (dataset.dates[to - 1] ?? '') > end) to -= 1;
  if (from < 0 || from >= to) {
    throw new MixPilotError(
      'invalid_input',
      `No periods between ${start ?? 'the start'} and ${end ?? 'the end'}: the data runs from ${dataset.dates[0]} to ${dataset.dates[dataset.dates.length - 1]}`,
      { issues: [{ field: 'period', reason: 'the window holds no period of the data' }] },
    );
  }
  const cut = (series: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(series).map(([k, v]) => [k, v.slice(from, to)]));
  return {
    schema: dataset.schema,
    dates: dataset.dates.slice(from, to),
    kpi: dataset.kpi.slice(from, to),
    spend: cut(dataset.spend),
    controls: cut(dataset.controls),
    events: cut(dataset.events),
  };
}
