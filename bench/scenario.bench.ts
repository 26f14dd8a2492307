/**
 * What-if and optimizer latency on a 10-channel model (mixed concave and S-shaped curves, up to
 * 8 weeks of carryover, 104 weeks of history, 200 posterior draws). Targets: what-if ≤ 5 ms and
 * optimize ≤ 50 ms (medians).
 */
import { budgetCurve, optimizeBudget, syntheticModel, whatIf } from '../tools/index';
import { markdownTable, median, percentile, timeRuns } from './measure';

const names = [
  'tv',
  'radio',
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'search',
  'display',
  'ooh',
  'print',
];

const model = syntheticModel({
  channels: names.map((name, i) => ({
    name,
    alpha: [1, 2, 1.5, 1, 2.5, 1, 0.9, 3, 2, 1][i] as number,
    gamma: 2000 + 900 * i,
    beta: 3000 + 700 * ((i * 7) % 10),
    theta: [0.7, 0.5, 0.2, 0.3, 0.1, 0.4, 0, 0.2, 0.6, 0.5][i] as number,
    maxLag: [8, 6, 3, 3, 2, 4, 1, 2, 8, 6][i] as number,
    spend: Array.from(
      { length: 104 },
      (_, t) => (1500 + 400 * i) * (1 + 0.3 * Math.sin(t / 5 + i)),
    ),
  })),
  baseline: 50_000,
  draws: 200,
});

const cases: [string, () => unknown, number][] = [
  [
    'what-if: move 20% tv → social',
    () => whatIf(model, { changes: [{ type: 'move', from: 'tv', to: 'social', percent: 20 }] }),
    200,
  ],
  [
    'what-if: 3 changes',
    () =>
      whatIf(model, {
        changes: [
          { type: 'scale', channel: 'radio', percent: -50 },
          { type: 'add', channel: 'search', amount: 50_000 },
          { type: 'total', percent: 10 },
        ],
      }),
    200,
  ],
  [
    'what-if: tv always-on + scale (flighting)',
    () =>
      whatIf(model, {
        changes: [{ type: 'scale', channel: 'tv', percent: 20 }],
        flighting: { tv: 'even' },
      }),
    200,
  ],
  ['optimize: max_kpi, current total', () => optimizeBudget(model, {}), 40],
  [
    'optimize: max_kpi with min/max/share/lock',
    () =>
      optimizeBudget(model, {
        budget: 1_000_000,
        constraints: {
          min: { tv: 200_000 },
          maxShare: { search: 0.2 },
          locked: ['print'],
          maxMultiple: { tiktok: 1.5 },
        },
      }),
    40,
  ],
  [
    'optimize: max_profit (margin 0.5)',
    () => optimizeBudget(model, { objective: 'max_profit', margin: 0.5 }),
    10,
  ],
  [
    'optimize: target_roas 1.2',
    () => optimizeBudget(model, { objective: 'target_roas', targetRoas: 1.2 }),
    10,
  ],
  [
    'optimize: target_kpi +5%',
    () => optimizeBudget(model, { objective: 'target_kpi', targetKpiPct: 5 }),
    10,
  ],
  ['budget curve (16 budgets)', () => budgetCurve(model), 10],
];

export default async function run(): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const [label, fn, runs] of cases) {
    const times = await timeRuns(fn, runs, 3);
    rows.push([label, runs, median(times).toFixed(2), percentile(times, 90).toFixed(2)]);
  }
  return [
    '## Scenarios and optimizer (10 channels, 200 draws)',
    '',
    'Targets: what-if median ≤ 5 ms, optimize (max_kpi) median ≤ 50 ms.',
    '',
    markdownTable(['case', 'runs', 'median ms', 'p90 ms'], rows),
  ].join('\n');
}
