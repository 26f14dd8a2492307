import { parseArgs } from 'node:util';
import {
  type BudgetConstraints,
  budgetCurve,
  formatMoney,
  formatNumber,
  formatPct,
  invalid,
  type OptimizeResult,
  optimizeBudget,
  parseAmount,
} from '../../tools';
import type { Command } from '../command';
import { commaList } from './comma-list';
import { kpiChangeLine } from './kpi-change-line';
import { layoutFlags } from './layout-flags';
import {
  fitCsv,
  MAX_DRAWS,
  MAX_HORIZON,
  oneFile,
  parsePair,
  textTable,
  wholeNumber,
} from './whatif';

const USAGE = `Usage: mixpilot optimize CSV [options]

Fits the model to the CSV, then finds the best split of the budget over a horizon (default a
quarter) and explains each channel's move: marginal ROI at the optimum, binding constraints, and
one line per channel.

Options:
  --budget 1000000          total over the horizon (default: the current run-rate total)
  --budget-change +10       budget as a change from the current total, in percent
  --objective O             max_kpi (default), max_profit, target_roas, target_kpi
  --margin 0.3              profit margin on the KPI, for max_profit
  --target-roas 2           marginal ROAS floor, for target_roas
  --target-kpi N            KPI level over the horizon, for target_kpi
  --target-kpi-pct 15       KPI growth in percent, for target_kpi
  --channels tv,social      allocate only among these (others stay as they are)
  --min tv=200000           minimum spend over the horizon (repeatable)
  --max search=400k         maximum spend over the horizon (repeatable)
  --min-multiple tv=0.5     minimum as a multiple of current spend (repeatable)
  --max-multiple tv=2       maximum as a multiple of current spend (repeatable)
  --min-share tv=0.2        minimum share of the total (repeatable)
  --max-share search=0.4    maximum share of the total (repeatable)
  --lock radio              keep a channel at its current spend (repeatable, or a,b)
  --even tv                 plan the channel always-on, spread evenly over the horizon,
                            instead of in its recent bursts (repeatable)
  --bursts search           plan the channel in regular bursts, two weeks on and two off
                            (14 days for daily data), instead of its recent shape (repeatable);
                            --bursts tv=4 for bursts of 4 periods on, 4 off
  --at-most                 spend at most the budget instead of exactly
  --curve                   also show the best KPI at 50% … 200% of the budget
  --horizon N               periods in the horizon
  --seed N                  seed of the fit (default 42)
  --intervals N             posterior draws of the fit (default 100)
  --json                    print one JSON object (the optimize_budget result)`;

const OBJECTIVES = ['max_kpi', 'max_profit', 'target_roas', 'target_kpi'] as const;

function record(option: string, items: string[] | undefined): Record<string, number> | undefined {
  if (!items || items.length === 0) return undefined;
  return Object.fromEntries(items.map((text) => parsePair(option, text)));
}

function number(option: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseAmount(option, value);
}

function readable(r: OptimizeResult, kpi: string, curve?: ReturnType<typeof budgetCurve>): string {
  const names = Object.keys(r.current.spend);
  const rows = names.map((c) => {
    const cur = r.current.spend[c] ?? 0;
    const opt = r.optimal.spend[c] ?? 0;
    return [
      c,
      formatMoney(cur),
      formatMoney(opt),
      cur > 0 ? formatPct(((opt - cur) / cur) * 100) : opt > 0 ? 'new' : '-',
      (r.currentMarginalRoi[c] ?? 0).toFixed(2),
      (r.marginalRoi[c] ?? 0).toFixed(2),
    ];
  });
  const lines = [
    `Objective: ${r.objective}. ${r.summary.join(' ')}`,
    `Horizon: ${r.horizon.periods} ${r.horizon.unit}s.`,
    '',
    ...textTable(['channel', 'current', 'optimal', 'change', 'mROI now', 'mROI opt'], rows),
    `mROI: the return on the next $1 spent over this ${r.horizon.periods}-${r.horizon.unit} plan, with its carryover after the plan and the carry-in of past spend; the fit's mroi is the long-run figure at a steady spend rate, so the two differ.`,
    '',
    kpiChangeLine(kpi, r.current.kpi, r.optimal.kpi, r.delta),
    ...(r.profit
      ? [`profit: ${formatMoney(r.profit.current)} → ${formatMoney(r.profit.optimal)}`]
      : []),
    `Binding: ${r.binding.length ? r.binding.join('; ') : 'none'}`,
    '',
    'Why:',
    ...r.explanation.map((e) => `  - ${e}`),
    ...r.warnings.map((w) => `warning: ${w}`),
  ];
  if (curve) {
    const points = curve.points.map((p) => [
      `${p.multiple}×`,
      formatMoney(p.budget),
      p.kpi === null ? 'infeasible' : formatNumber(p.kpi),
      p.marginalRoi === null ? '-' : p.marginalRoi.toFixed(2),
    ]);
    lines.push(
      '',
      'Budget curve:',
      ...textTable(['budget', 'amount', `best ${kpi}`, 'mROI'], points),
      curve.summary,
    );
  }
  return lines.join('\n');
}

/** `mixpilot optimize CSV`: fit, optimize the budget split, explain it. */
export const optimizeCommand: Command = {
  name: 'optimize',
  summary: 'Find the best split of a budget across channels, with reasons',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        budget: { type: 'string' },
        'budget-change': { type: 'string' },
        objective: { type: 'string' },
        margin: { type: 'string' },
        'target-roas': { type: 'string' },
        'target-kpi': { type: 'string' },
        'target-kpi-pct': { type: 'string' },
        channels: { type: 'string' },
        min: { type: 'string', multiple: true },
        max: { type: 'string', multiple: true },
        'min-multiple': { type: 'string', multiple: true },
        'max-multiple': { type: 'string', multiple: true },
        'min-share': { type: 'string', multiple: true },
        'max-share': { type: 'string', multiple: true },
        lock: { type: 'string', multiple: true },
        even: { type: 'string', multiple: true },
        bursts: { type: 'string', multiple: true },
        'at-most': { type: 'boolean', default: false },
        curve: { type: 'boolean', default: false },
        horizon: { type: 'string' },
        seed: { type: 'string' },
        intervals: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const objective = values.objective ?? 'max_kpi';
    if (!(OBJECTIVES as readonly string[]).includes(objective)) {
      throw invalid(
        '--objective',
        `must be one of ${OBJECTIVES.join(', ')}, got '${objective}'`,
        'invalid_input',
      );
    }
    const constraints: BudgetConstraints = {};
    const put = <K extends keyof BudgetConstraints>(
      key: K,
      value: BudgetConstraints[K] | undefined,
    ) => {
      if (value !== undefined) constraints[key] = value;
    };
    put('min', record('--min', values.min));
    put('max', record('--max', values.max));
    put('minMultiple', record('--min-multiple', values['min-multiple']));
    put('maxMultiple', record('--max-multiple', values['max-multiple']));
    put('minShare', record('--min-share', values['min-share']));
    put('maxShare', record('--max-share', values['max-share']));
    const locked = (values.lock ?? []).flatMap((l) => commaList('--lock', l, 'radio,ooh') ?? []);
    if (locked.length > 0) constraints.locked = locked;
    const channels = commaList('--channels', values.channels, 'tv,social,search');
    const horizon = wholeNumber('--horizon', values.horizon, true, MAX_HORIZON);
    const flighting = layoutFlags(values.even, values.bursts);
    const args = {
      objective,
      budget: number('--budget', values.budget),
      budgetChangePct: number('--budget-change', values['budget-change']),
      margin: number('--margin', values.margin),
      targetRoas: number('--target-roas', values['target-roas']),
      targetKpi: number('--target-kpi', values['target-kpi']),
      targetKpiPct: number('--target-kpi-pct', values['target-kpi-pct']),
      channels,
      totalMode: values['at-most'] ? 'at_most' : 'equal',
      constraints,
      horizon,
      ...(flighting ? { flighting } : {}),
    };
    const seed = wholeNumber('--seed', values.seed) ?? 42;
    const intervals = wholeNumber('--intervals', values.intervals, false, MAX_DRAWS) ?? 100;
    const model = await fitCsv(oneFile(positionals, 'optimize'), seed, intervals);
    const result = optimizeBudget(model, args);
    const curve = values.curve ? budgetCurve(model, { ...args, budget: result.budget }) : undefined;
    if (values.json) io.out(JSON.stringify(curve ? { ...result, curve } : result));
    else io.out(readable(result, model.kpi, curve));
    return 0;
  },
};
