/**
 * Tool results of the demo data (data/demo.csv, the whole window), rounded to six digits, for
 * composer tests: what the answers say is then what a user of the demo would read.
 */
import {
  type ContributionsResult,
  type DiagnosticsResult,
  type ResponseCurveResult,
  withMixShares,
} from '../../tools';
import type { ToolCallRecord } from '../agent-types';
import type { ComposeContext } from '../compose/composed';
import type { Draft } from '../graph/state';
import { checkGrounding } from '../guard/grounding-guard';

const LABELS: Record<string, string> = {
  tv_spend: 'TV',
  social_spend: 'Social',
  search_spend: 'Search',
  display_spend: 'Display',
  radio_spend: 'Radio',
};

/** The demo's compose context: weekly revenue, five channels. */
export const DEMO_CTX: ComposeContext = {
  kpi: 'revenue',
  kpiType: 'revenue',
  label: (c) => LABELS[c] ?? c,
  warnings: [],
  unit: 'weeks',
  channels: Object.keys(LABELS),
};

type Row = Omit<ContributionsResult['channels'][number], 'spendShare' | 'mediaShare'>;

function row(
  name: string,
  spend: number,
  contribution: number,
  share: number,
  roi: number,
  mroi: number,
  c: [number, number, number, number],
  r: [number, number, number, number],
  m: [number, number, number, number],
): Row {
  return {
    name,
    spend,
    contribution,
    share,
    roi,
    mroi,
    interval: {
      contribution: [
        { level: 0.8, low: c[0], high: c[1] },
        { level: 0.95, low: c[2], high: c[3] },
      ],
      roi: [
        { level: 0.8, low: r[0], high: r[1] },
        { level: 0.95, low: r[2], high: r[3] },
      ],
      mroi: [
        { level: 0.8, low: m[0], high: m[1] },
        { level: 0.95, low: m[2], high: m[3] },
      ],
    },
    perPeriod: { spend: spend / 156, contribution: contribution / 156 },
  };
}

const ROWS: Row[] = [
  row(
    'search_spend',
    3908020,
    12743700,
    0.0641263,
    3.26092,
    1.86779,
    [8002290, 20191300, 6093460, 25227800],
    [2.04766, 5.16664, 1.55922, 6.45539],
    [1.304409, 2.53256, 1.214137, 2.774648],
  ),
  row(
    'social_spend',
    4669970,
    11700400,
    0.058876,
    2.50545,
    1.51907,
    [5334160, 16556300, 2129370, 20323600],
    [1.14223, 3.54526, 0.455971, 4.35197],
    [0.812917, 2.400124, 0.393491, 2.772837],
  ),
  row(
    'tv_spend',
    9202310,
    22976200,
    0.115616,
    2.49679,
    2.9624,
    [20953900, 25108600, 20607300, 26148200],
    [2.27703, 2.72851, 2.23936, 2.84149],
    [2.497586, 3.343396, 2.325811, 3.4995],
  ),
  row(
    'radio_spend',
    1850870,
    4558410,
    0.0229379,
    2.46285,
    1.09338,
    [106147, 11626900, 0, 14902900],
    [0.0573497, 6.28187, 0, 8.05185],
    [0, 2.400988, 0, 3.120859],
  ),
  row(
    'display_spend',
    2343280,
    3535810,
    0.0177921,
    1.50892,
    1.0935,
    [195914, 8162080, 0, 11325000],
    [0.0836069, 3.48319, 0, 4.83298],
    [0, 2.825802, 0, 4.10154],
  ),
];

/**
 * `get_contributions` on the demo over the whole window, ranked by `sortBy`, limited to
 * `channels` when given (totals are then theirs, as the tool computes them).
 */
export function demoContributions(
  sortBy: ContributionsResult['sortBy'] = 'contribution',
  channels?: string[],
): ContributionsResult {
  const rows = withMixShares(ROWS.filter((r) => !channels || channels.includes(r.name))).sort(
    (a, b) => b[sortBy] - a[sortBy] || a.name.localeCompare(b.name),
  );
  const spend = rows.reduce((s, r) => s + r.spend, 0);
  const media = rows.reduce((s, r) => s + r.contribution, 0);
  const kpi = 198729000;
  return {
    period: {
      start: '2022-01-03',
      end: '2024-12-23',
      label: '2022-01-03 to 2024-12-23',
      periods: 156,
    },
    kpi: 'revenue',
    kpiType: 'revenue',
    total: {
      kpi,
      spend,
      media,
      mediaInterval: [],
      roi: media / spend,
      share: media / kpi,
      perPeriod: { kpi: kpi / 156, spend: spend / 156, media: media / 156 },
    },
    mroiWindow: { periods: 13 },
    baseline: { contribution: 143214000, share: 0.720652, drivers: [] },
    unexplained: { contribution: 0.134564, share: 6.77125e-10 },
    sortBy,
    channels: rows,
  };
}

/** `get_model_diagnostics` on the demo. */
export const DEMO_DIAGNOSTICS: DiagnosticsResult = {
  kpi: 'revenue',
  periods: 156,
  frequency: 'weekly',
  metrics: {
    r2: 0.970384,
    mape: 0.0183747,
    nrmse: 0.0362,
    holdout: { r2: 0.82766, mape: 0.0268698, nrmse: 0.104839, periods: 16 },
    decompRssd: 0.0674538,
  },
  quality: 'good',
  uncertainChannels: ['display_spend', 'radio_spend'],
  warnings: [
    'Residuals are autocorrelated (Durbin-Watson 1.16): something that moves the KPI over several periods is missing from the model (a control, an event or a trend change), so intervals may be too narrow.',
  ],
};

/** `get_response_curve` for TV on the demo (five of its points). */
export const DEMO_TV_CURVE: ResponseCurveResult = {
  channel: 'tv_spend',
  points: [
    { spend: 0, kpi: 0, mroi: 0 },
    { spend: 17306.7, kpi: 10364.2, mroi: 1.09 },
    { spend: 34613.5, kpi: 52949, mroi: 2.9624 },
    { spend: 51920.2, kpi: 105000, mroi: 2.9 },
    { spend: 69227, kpi: 153000, mroi: 2.6 },
  ],
  current: {
    spend: 34613.5,
    kpi: 52949,
    roi: 1.52972,
    mroi: 2.9624,
    mroiInterval: [
      { level: 0.8, low: 2.497586, high: 3.343396 },
      { level: 0.95, low: 2.325811, high: 3.4995 },
    ],
  },
  halfSaturationSpend: 111962,
  ceiling: 676655,
  observedMax: 295584,
  position: 'building',
  periodUnit: 'week',
};

/** A successful tool call record. */
export function toolCall(
  name: string,
  args: Record<string, unknown>,
  result: unknown,
): ToolCallRecord {
  return { id: `c_${name}`, name, args, result };
}

/**
 * The figures of a draft that no source gives, checked as the guard node does: tool arguments,
 * results and errors, the question, the cited snippets and the parts.
 */
export function ungroundedIn(draft: Draft, calls: ToolCallRecord[], question: string): string[] {
  const sources = [
    ...calls.map((c) => [c.args, c.result, c.error?.message ?? '']),
    [question],
    draft.citations.map((c) => c.snippet ?? ''),
    draft.parts,
  ];
  return checkGrounding(draft.text, sources).ungrounded.map((m) => m.text);
}
