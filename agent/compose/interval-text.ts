import type { ContributionsResult, DiagnosticsResult } from '../../tools';
import { type ComposeContext, type Composed, intervalAt } from './composed';
import { kpiAmount, percent, ratio } from './format';

type Row = ContributionsResult['channels'][number];

/** " (80% interval 2.28 to 2.73; 95% interval 2.24 to 2.84)" for the levels the tool gave. */
function levels(value: unknown, show: (n: number) => string): string {
  const said = [0.8, 0.95].flatMap((level) => {
    const i = intervalAt(value, level, level === 0.8);
    return i ? [`${Math.round(level * 100)}% interval ${show(i.low)} to ${show(i.high)}`] : [];
  });
  return said.length > 0 ? ` (${said.join('; ')})` : '';
}

function roiLine(row: Row, ctx: ComposeContext): string {
  const amount = (n: number) => kpiAmount(n, ctx.kpiType);
  const roi = levels(row.interval.roi, ratio);
  const contribution = levels(row.interval.contribution, amount);
  return `${ctx.label(row.name)}: ROI ${ratio(row.roi)}${roi}; contribution ${amount(row.contribution)}${contribution}.`;
}

/** What the fit says about how far the channel figures can be trusted, in one or two lines. */
function fitLines(diagnostics: DiagnosticsResult | undefined, rows: Row[], ctx: ComposeContext) {
  if (!diagnostics) return [];
  const m = diagnostics.metrics;
  const lines = [
    `Fit: the model explains ${percent(m.r2)} of the variation in ${ctx.kpi} and is off by ${percent(m.holdout.mape)} on average on the last ${m.holdout.periods} ${ctx.unit} it never saw.`,
  ];
  const listed = new Set(rows.map((r) => r.name));
  const rough = diagnostics.uncertainChannels.filter((c) => listed.has(c));
  if (rough.length > 0)
    lines.push(
      `The data cannot pin down ${rough.map(ctx.label).join(', ')}: treat ${rough.length === 1 ? 'its' : 'their'} figures as rough.`,
    );
  lines.push(...diagnostics.warnings.filter((w) => /\binterval/i.test(w)).slice(0, 1));
  return lines;
}

/**
 * "How sure are you about TV's ROI?", "ROI of every channel with confidence intervals": each
 * channel's ROI and contribution with the 80% and 95% intervals of the model's posterior draws,
 * then a line on the fit (and any warning that the intervals may be too narrow).
 */
export function composeIntervals(
  result: ContributionsResult,
  diagnostics: DiagnosticsResult | undefined,
  ctx: ComposeContext,
): Composed | undefined {
  const rows = result.channels;
  const [first] = rows;
  if (!first) return undefined;
  const when = `over ${result.period.label}`;
  const amount = (n: number) => kpiAmount(n, ctx.kpiType);
  let lead: string;
  const bullets: string[] = [];
  if (rows.length === 1) {
    const roi = levels(first.interval.roi, ratio);
    const contribution = levels(first.interval.contribution, amount);
    lead = `${ctx.label(first.name)}'s ROI ${when} is ${ratio(first.roi)}${roi}. Its contribution is ${amount(first.contribution)} of ${ctx.kpi}${contribution}.`;
  } else {
    lead = `ROI of each channel ${when}, with the ranges the model is 80% and 95% sure of:`;
    bullets.push(...rows.map((r) => roiLine(r, ctx)));
  }
  bullets.push(...fitLines(diagnostics, rows, ctx));
  return { lead, bullets, parts: [] };
}
