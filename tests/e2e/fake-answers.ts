/**
 * Canned data for the fake API: a four-channel reference plan, Hill response curves that
 * give deterministic predictions, keyword-picked answers, and a CSV check that reports issues
 * like the real validator (row, column, reason).
 */
import type { AgentAnswer, AnswerPart } from '../../agent';

export const REFERENCE: Record<string, number> = {
  tv: 600_000,
  social: 200_000,
  search: 300_000,
  display: 100_000,
};
const CURVES: Record<string, { beta: number; half: number }> = {
  tv: { beta: 2_400_000, half: 500_000 },
  social: { beta: 900_000, half: 150_000 },
  search: { beta: 1_500_000, half: 250_000 },
  display: { beta: 200_000, half: 120_000 },
};
export const BASE_KPI = 8_000_000;
export const HORIZON = { periods: 13, unit: 'weeks' };

/** Predicted KPI of a plan: baseline plus a Hill curve (shape 1) per channel. */
export function predictKpi(plan: Record<string, number>): number {
  let kpi = BASE_KPI;
  for (const [c, curve] of Object.entries(CURVES)) {
    const x = plan[c] ?? 0;
    kpi += (curve.beta * x) / (x + curve.half);
  }
  return kpi;
}

/** The what_if result for a plan against the reference plan. */
export function whatIf(plan: Record<string, number>) {
  const ref = predictKpi(REFERENCE);
  const kpi = predictKpi(plan);
  const delta = kpi - ref;
  const spend = Object.values(plan).reduce((a, b) => a + b, 0) - 1_200_000;
  const half = Math.abs(delta) * 0.6 + 15_000;
  return {
    horizon: HORIZON,
    reference: { spend: REFERENCE, kpi: ref },
    scenario: { spend: plan, kpi },
    delta: {
      kpi: delta,
      kpiPct: (delta / ref) * 100,
      spend,
      interval: { level: 0.8, low: delta - half, high: delta + half },
    },
    assumptions: ['Fake model for widget checks'],
  };
}

function curve(channel: string): [number, number][] {
  const c = CURVES[channel] ?? { beta: 0, half: 1 };
  return Array.from({ length: 31 }, (_, i) => {
    const x = (i / 30) * 3 * (REFERENCE[channel] ?? 0);
    return [Math.round(x), Math.round((c.beta * x) / (x + c.half))] as [number, number];
  });
}

/** Picks a canned answer by keywords in the question. */
export function cannedAnswer(question: string, threadId: string): AgentAnswer {
  const q = question.toLowerCase();
  const base = { toolCalls: [], threadId, provider: 'offline' };
  if (q.includes('script')) {
    return {
      ...base,
      answer: 'Echo: <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned=2">',
      parts: [],
      citations: [],
    };
  }
  if (q.includes('split') || q.includes('budget')) {
    const parts: AnswerPart[] = [
      {
        type: 'table',
        title: 'Recommended split of $1M',
        columns: ['Channel', 'Spend', 'Share of budget', 'Marginal ROI'],
        rows: [
          ['TV', 380_000, 0.38, 1.12],
          ['Social', 290_000, 0.29, 1.1],
          ['Search', 330_000, 0.33, 1.13],
        ],
      },
      {
        type: 'chart',
        kind: 'budget_curve',
        title: 'Predicted sales by total budget',
        xLabel: 'Budget ($)',
        yLabel: 'Sales',
        series: [
          {
            name: 'Optimal mix',
            points: Array.from(
              { length: 21 },
              (_, i) =>
                [
                  i * 100_000,
                  Math.round(
                    predictKpi({ tv: i * 38_000, social: i * 29_000, search: i * 33_000 }),
                  ),
                ] as [number, number],
            ),
          },
        ],
      },
    ];
    return {
      ...base,
      answer:
        'For **$1,000,000** over the next 13 weeks the optimizer recommends:\n\n- **TV**: $380,000\n- **Search**: $330,000\n- **Social**: $290,000\n\nAt this split the marginal ROI is about equal across channels, which is the optimality condition [1].',
      parts,
      citations: [
        {
          id: 'budget-optimization',
          title: 'Budget optimization',
          section: 'Equal marginal returns',
        },
      ],
      pending: {
        kind: 'approve_plan',
        scenarioId: 'scn_opt_1',
        summary: 'Save **TV $380K, Search $330K, Social $290K** as the plan for the next 13 weeks.',
      },
    };
  }
  if (q.includes('drive') || q.includes('channel')) {
    const contrib = Object.keys(CURVES).map((c) => ({
      name: c,
      points: [
        [
          0,
          Math.round(
            ((CURVES[c]?.beta ?? 0) * (REFERENCE[c] ?? 0)) /
              ((REFERENCE[c] ?? 0) + (CURVES[c]?.half ?? 1)),
          ),
        ],
      ] as [number, number][],
    }));
    return {
      ...base,
      answer:
        '**TV** drives the most incremental sales, followed by **search**. Search has the highest ROI [1].\n\n| Channel | ROI |\n|---|--:|\n| Search | 2.8 |\n| TV | 2.2 |',
      parts: [
        {
          type: 'chart',
          kind: 'contributions',
          title: 'Incremental sales by channel (last 52 weeks)',
          xLabel: 'Channel',
          yLabel: 'Incremental sales',
          series: contrib,
        },
      ],
      citations: [
        {
          id: 'decomposition',
          title: 'Decomposing sales into channel contributions',
          section: 'Contributions › Shares',
        },
      ],
    };
  }
  if (q.includes('good') || q.includes('model')) {
    return {
      ...base,
      answer: 'The model fits well: **R² 0.91** in sample and a holdout MAPE of **6.2%** [1].',
      parts: [
        {
          type: 'table',
          title: 'Fit diagnostics',
          columns: ['Metric', 'Value'],
          rows: [
            ['R²', 0.91],
            ['NRMSE', 0.074],
            ['Holdout MAPE', 0.062],
          ],
        },
        {
          type: 'notice',
          level: 'warning',
          text: 'Display spend varies little, so its effect is uncertain.',
        },
      ],
      citations: [{ id: 'diagnostics', title: 'Model diagnostics', section: 'Holdout validation' }],
    };
  }
  const plan = { ...REFERENCE, tv: 480_000, social: 320_000 };
  const r = whatIf(plan);
  return {
    ...base,
    answer: `Moving **20% of TV** ($120,000) to social changes predicted sales by **${r.delta.kpi >= 0 ? '+' : ''}${Math.round(r.delta.kpi).toLocaleString('en-US')}** over the next 13 weeks. TV effects carry over for weeks through adstock [1], while social saturates sooner [2].\n\nTotal spend is unchanged.`,
    parts: [
      {
        type: 'scenario',
        scenarioId: 'scn_1',
        horizon: HORIZON,
        reference: REFERENCE,
        scenario: plan,
      },
      {
        type: 'chart',
        kind: 'response_curve',
        title: 'Response curves: TV and social',
        xLabel: 'Spend over 13 weeks ($)',
        yLabel: 'Incremental sales',
        series: [
          { name: 'tv', points: curve('tv') },
          { name: 'social', points: curve('social') },
        ],
      },
    ],
    citations: [
      {
        id: 'adstock',
        title: 'Adstock: how advertising carries over',
        section: 'Adstock › Geometric decay',
        snippet: 'A share of each week’s effect carries into the next.',
      },
      { id: 'saturation', title: 'Saturation and diminishing returns', section: 'Hill curves' },
    ],
  };
}

/** Checks an uploaded CSV the way the real validator reports problems: row, column, reason. */
export function checkCsv(csv: string) {
  const lines = csv.trim().split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const issues: { field: string; row: number; reason: string }[] = [];
  if (!header.includes('date'))
    issues.push({ field: 'date', row: 0, reason: 'no date column found' });
  lines.slice(1).forEach((line, i) => {
    line.split(',').forEach((cell, k) => {
      const column = header[k] ?? `column ${k + 1}`;
      if (column === 'date') return;
      const v = Number(cell);
      if (cell.trim() === '' || Number.isNaN(v))
        issues.push({ field: column, row: i + 1, reason: `"${cell}" is not a number` });
      else if (v < 0)
        issues.push({ field: column, row: i + 1, reason: 'spend cannot be negative' });
    });
  });
  return { header, periods: lines.length - 1, issues };
}
