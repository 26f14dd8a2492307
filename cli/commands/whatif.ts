import { parseArgs } from 'node:util';
import {
  type FittedModel,
  fitModel,
  formatMoney,
  formatNumber,
  invalid,
  parseAmount,
  parseDataset,
  type ScenarioChange,
  type WhatIfResult,
  whatIf,
} from '../../tools';
import type { Command } from '../command';
import { kpiChangeLine } from './kpi-change-line';
import { layoutFlags } from './layout-flags';
import { readCsvBytes } from './read-csv';

const USAGE = `Usage: mixpilot whatif CSV CHANGE... [options]

Fits the model to the CSV, then predicts the KPI of a scenario against the recent run-rate over a
horizon (default a quarter: 13 weeks, 91 days or 3 months), with carryover in and out of the
horizon and 80%/95% intervals from the posterior draws. Changes apply in the order given.

Changes (repeatable):
  --move "20% tv->social"        move a share (or "50000 tv->social,search") to one or more channels
  --scale tv=-50                 scale a channel by a percentage
  --set radio=0                  set a channel's spend over the horizon
  --add search=50000             add (or cut, with a negative amount) spend
  --total +10                    change every channel's spend by a percentage
  --even tv                      spread a channel's horizon spend evenly (always-on) instead of
                                 in the shape of its recent weeks (its bursts); with or without
                                 other changes, e.g. --even tv alone asks "always-on instead of bursts?"
  --bursts search                run a channel's horizon spend in regular bursts (two weeks on, two
                                 off; 14 days for daily data) instead of in the shape of its recent
                                 weeks, e.g. --bursts search alone asks "bursts instead of always-on?";
                                 --bursts tv=4 runs bursts of 4 periods on, 4 off

Options:
  --horizon N      periods in the horizon
  --seed N         seed of the fit (default 42)
  --intervals N    posterior draws for the interval (default 100)
  --json           print one JSON object (the what_if result) instead of text

Amounts accept 50000, 50k, 1.2M, $50,000.`;

/** "tv=-50" → ['tv', -50]. */
export function parsePair(option: string, text: string): [string, number] {
  const at = text.lastIndexOf('=');
  if (at <= 0) throw invalid(option, `expected channel=value, got '${text}'`, 'invalid_input');
  return [text.slice(0, at).trim(), parseAmount(option, text.slice(at + 1))];
}

/** "20% tv->social", "50k of tv -> facebook:2,tiktok:1", "20% tv to social". */
export function parseMove(text: string): ScenarioChange {
  const m = text.match(/^\s*([^\s]+?)\s*(%?)\s+(?:of\s+)?(.+?)\s*(?:->|→|\bto\b)\s*(.+?)\s*$/);
  if (!m) {
    throw invalid(
      '--move',
      `expected "20% tv->social" or "50000 tv->social,search", got '${text}'`,
      'invalid_input',
    );
  }
  const [, size = '', pct, from = '', rest = ''] = m;
  const parts = rest
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const to = parts.map((p) => p.replace(/:[^:]*$/, '').trim());
  const weights = parts.map((p) =>
    p.includes(':') ? parseAmount('--move', p.slice(p.lastIndexOf(':') + 1)) : undefined,
  );
  const value = parseAmount('--move', size);
  const change: ScenarioChange = {
    type: 'move',
    from: from.trim(),
    to: to.length === 1 ? (to[0] as string) : to,
    ...(pct || size.endsWith('%') ? { percent: value } : { amount: value }),
  };
  if (weights.some((w) => w !== undefined)) {
    if (weights.some((w) => w === undefined)) {
      throw invalid(
        '--move',
        'give a weight to every receiving channel or to none',
        'invalid_input',
      );
    }
    change.weights = weights as number[];
  }
  return change;
}

/** Reads and fits a CSV with the fit command's defaults. */
export async function fitCsv(
  file: string | undefined,
  seed: number,
  intervals: number,
): Promise<FittedModel> {
  if (!file)
    throw invalid('CSV', 'give the path of a CSV file, e.g. data/demo.csv', 'invalid_input');
  return fitModel(parseDataset(await readCsvBytes(file)).dataset, { seed, intervals });
}

/** A whole number option ≥ 0 (or > 0 when `positive`), at most `max` when given. */
export function wholeNumber(
  name: string,
  value: string | undefined,
  positive = false,
  max = Number.POSITIVE_INFINITY,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || (positive && n === 0)) {
    throw invalid(
      name,
      `must be a whole number${positive ? ' above 0' : ' >= 0'}, got '${value}'`,
      'invalid_input',
    );
  }
  if (n > max) throw invalid(name, `must be at most ${max}, got '${value}'`, 'invalid_input');
  return n;
}

/** The one CSV path of a command; a second argument is refused rather than ignored. */
export function oneFile(positionals: string[], command: string): string | undefined {
  const extra = positionals[1];
  if (extra !== undefined)
    throw invalid(extra, `unexpected argument: ${command} reads one CSV file`, 'invalid_input');
  return positionals[0];
}

/** Posterior draws beyond this add nothing an 80% or 95% interval can show, only minutes. */
export const MAX_DRAWS = 1000;
/** Ten years of weekly periods, as the HTTP API allows. */
export const MAX_HORIZON = 520;

/** Left-aligned first column, right-aligned others. */
export function textTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ');
  return [line(header), ...rows.map(line)];
}

const CHANGE_OPTIONS = new Set(['move', 'scale', 'set', 'add', 'total']);

function changesInOrder(
  tokens: { kind: string; name?: string; value?: string }[],
): ScenarioChange[] {
  const changes: ScenarioChange[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option' || !t.name || !CHANGE_OPTIONS.has(t.name)) continue;
    const v = t.value ?? '';
    const opt = `--${t.name}`;
    if (t.name === 'move') changes.push(parseMove(v));
    else if (t.name === 'total') changes.push({ type: 'total', percent: parseAmount(opt, v) });
    else {
      const [channel, n] = parsePair(opt, v);
      if (t.name === 'scale') changes.push({ type: 'scale', channel, percent: n });
      else if (t.name === 'set') changes.push({ type: 'set', channel, amount: n });
      else changes.push({ type: 'add', channel, amount: n });
    }
  }
  return changes;
}

function readable(r: WhatIfResult, kpi: string): string {
  const names = Object.keys(r.reference.spend);
  const rows = names.map((c) => [
    c,
    formatMoney(r.reference.spend[c] ?? 0),
    formatMoney(r.scenario.spend[c] ?? 0),
    formatMoney(r.delta.channels[c]?.spend ?? 0),
    formatNumber(r.delta.channels[c]?.kpi ?? 0),
  ]);
  const total = (plan: Record<string, number>) => Object.values(plan).reduce((s, v) => s + v, 0);
  rows.push([
    'total',
    formatMoney(total(r.reference.spend)),
    formatMoney(total(r.scenario.spend)),
    formatMoney(r.delta.spend),
    formatNumber(r.delta.kpi),
  ]);
  return [
    ...r.changes.map((c) => `What if: ${c}`),
    `Horizon: ${r.horizon.periods} ${r.horizon.unit}s; reference: ${r.reference.basis}.`,
    '',
    ...textTable(['channel', 'reference', 'scenario', 'Δ spend', `Δ ${kpi}`], rows),
    '',
    kpiChangeLine(kpi, r.reference.kpi, r.scenario.kpi, r.delta),
    r.delta.roi === null
      ? 'ROI of the change: not given, total spend changes by less than 1%.'
      : `ROI of the change: ${r.delta.roi.toFixed(2)} ${kpi} per extra $1.`,
    ...r.warnings.map((w) => `warning: ${w}`),
    '',
    'Assumptions:',
    ...r.assumptions.map((a) => `  - ${a}`),
  ].join('\n');
}

/** `mixpilot whatif CSV --move ... --scale ...`: fit, apply the changes, print the prediction. */
export const whatifCommand: Command = {
  name: 'whatif',
  summary: 'Predict what a budget change does to the KPI (moves, cuts, increases)',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals, tokens } = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        move: { type: 'string', multiple: true },
        scale: { type: 'string', multiple: true },
        set: { type: 'string', multiple: true },
        add: { type: 'string', multiple: true },
        total: { type: 'string', multiple: true },
        even: { type: 'string', multiple: true },
        bursts: { type: 'string', multiple: true },
        horizon: { type: 'string' },
        seed: { type: 'string' },
        intervals: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const changes = changesInOrder(tokens);
    const flighting = layoutFlags(values.even, values.bursts);
    if (changes.length === 0 && !flighting) {
      throw invalid(
        'changes',
        'give at least one change, e.g. --move "20% tv->social", --scale radio=-50, --even tv or --bursts tv',
        'invalid_input',
      );
    }
    const horizon = wholeNumber('--horizon', values.horizon, true, MAX_HORIZON);
    const seed = wholeNumber('--seed', values.seed) ?? 42;
    const intervals = wholeNumber('--intervals', values.intervals, false, MAX_DRAWS) ?? 100;
    const model = await fitCsv(oneFile(positionals, 'whatif'), seed, intervals);
    const result = whatIf(model, {
      changes,
      ...(flighting ? { flighting } : {}),
      ...(horizon ? { horizon } : {}),
    });
    io.out(values.json ? JSON.stringify(result) : readable(result, model.kpi));
    return 0;
  },
};
