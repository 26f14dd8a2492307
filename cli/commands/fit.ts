import { parseArgs } from 'node:util';
import {
  type FittedModel,
  fitModel,
  fitSummary,
  type Interval,
  invalid,
  parseDataset,
  type SchemaOverrides,
  type ValidationReport,
} from '../../tools';
import type { Command } from '../command';
import { commaList } from './comma-list';
import { parseLiftArg } from './lift-arg';
import { readCsvBytes } from './read-csv';
import { MAX_DRAWS, oneFile, textTable, wholeNumber } from './whatif';

const USAGE = `Usage: mixpilot fit CSV [options]

Fits the marketing-mix model to a wide CSV (one row per period) and prints each channel's
contribution, share of the KPI, ROI, marginal ROI and 80%/95% intervals.

Options:
  --date C          date column (auto-detected)
  --kpi C           KPI column, revenue or conversions (auto-detected)
  --channels a,b    spend columns (auto-detected: *_spend, *_S, spend_*, *_cost, ...)
  --controls c,d    control columns (price, promotions, competitor spend, ...; "" for none)
  --events e,f      event columns (0/1 or labels; "" for none)
  --seed N          random seed of the search and the draws (default 42)
  --intervals N     posterior draws for intervals (default 100, 0 for none)
  --lift C=ROI:SD[@FROM..TO]
                    calibrate to a lift test: channel C's measured incremental ROI and its
                    standard error, over the test's dates (default all); C1+C2 for one test
                    of both channels together; repeat for more tests
  --json            print one JSON object instead of a table`;

const money = (v: number) => Math.round(v).toLocaleString('en-US');
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function table(model: FittedModel): string {
  const header = [
    'channel',
    'spend',
    'contribution',
    'share',
    'share 80%',
    'roi',
    'mroi',
    'mroi 80%',
    'carryover',
    'carryover 80%',
  ];
  const at80 = (ivs: Interval[] | undefined, f: (v: number) => string) => {
    const iv = ivs?.find((i) => i.level === 0.8);
    return iv ? `${f(iv.low)}-${f(iv.high)}` : '-';
  };
  const two = (v: number) => v.toFixed(2);
  const rows = model.channels.map((c) => [
    c.name,
    money(c.spend),
    money(c.contribution),
    pct(c.share),
    at80(c.interval.share, pct),
    two(c.roi),
    two(c.mroi),
    at80(c.interval.mroi, two),
    pct(c.carryoverShare),
    at80(c.interval.carryoverShare, pct),
  ]);
  rows.push([
    'baseline',
    '',
    money(model.baseline.contribution),
    pct(model.baseline.share),
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  const m = model.metrics;
  return [
    `${model.kpi}: ${model.periods} ${model.frequency} periods`,
    '',
    ...textTable(header, rows),
    'mroi: the return on the next $1 at the recent spend rate, in the long run (once its carryover has built up).',
    'carryover: the share of the effect of a period of spend that lands in later periods.',
    '',
    `fit: R² ${m.r2.toFixed(3)}, NRMSE ${m.nrmse.toFixed(3)}, MAPE ${pct(m.mape)}; holdout (${m.holdout.periods} periods): R² ${m.holdout.r2.toFixed(3)}, MAPE ${pct(m.holdout.mape)}`,
    ...model.warnings.map((w) => `warning: ${w}`),
  ].join('\n');
}

/** How the file's columns were read: roles, columns set aside and why, notes on the data. */
function columnsRead(report: ValidationReport): string {
  const { schema } = report;
  const roles = [
    `KPI ${schema.kpi} (${schema.kpiType})`,
    `channels ${schema.channels.join(', ')}`,
    ...(schema.controls.length > 0 ? [`controls ${schema.controls.join(', ')}`] : []),
    ...(schema.events.length > 0 ? [`events ${schema.events.join(', ')}`] : []),
  ];
  return [
    `columns: ${roles.join('; ')} (override with --kpi, --channels, --controls, --events)`,
    ...report.ignored.map((i) => `ignored: ${i.column}: ${i.reason}`),
    ...report.warnings.map((w) => `note: ${w}`),
  ].join('\n');
}

/** `mixpilot fit CSV`: fit the model and print the channel table or the JSON contract. */
export const fitCommand: Command = {
  name: 'fit',
  summary: 'Fit the marketing-mix model to a CSV and show what each channel drives',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        kpi: { type: 'string' },
        channels: { type: 'string' },
        controls: { type: 'string' },
        events: { type: 'string' },
        seed: { type: 'string' },
        intervals: { type: 'string' },
        lift: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
      },
    });
    const file = oneFile(positionals, 'fit');
    if (!file)
      throw invalid(
        'CSV',
        'give the path of a CSV file, e.g. `mixpilot fit data/demo.csv`',
        'invalid_input',
      );
    const bytes = await readCsvBytes(file);
    const overrides: SchemaOverrides = {};
    if (values.date) overrides.date = values.date;
    if (values.kpi) overrides.kpi = values.kpi;
    const channels = commaList('--channels', values.channels, 'tv_spend,search_spend');
    // An empty --controls or --events means none: every column stays out of that role.
    const controls = commaList('--controls', values.controls, 'price', 'none');
    const events = commaList('--events', values.events, 'promo', 'none');
    if (channels) overrides.channels = channels;
    if (controls) overrides.controls = controls;
    if (events) overrides.events = events;
    const { dataset, report } = parseDataset(bytes, overrides);
    const model = fitModel(dataset, {
      seed: wholeNumber('--seed', values.seed) ?? 42,
      intervals: wholeNumber('--intervals', values.intervals, false, MAX_DRAWS) ?? 100,
      calibration: (values.lift ?? []).map(parseLiftArg),
    });
    io.out(
      values.json ? JSON.stringify(fitSummary(model)) : `${columnsRead(report)}\n${table(model)}`,
    );
    return 0;
  },
};
