import type { DiagnosticsResult } from '../../tools';
import type { ComposeContext, Composed } from './composed';
import { percent, ratio } from './format';

/** The tool result this composer reads. */
export type DiagnosticsView = DiagnosticsResult;

const VERDICT = {
  good: 'The model fits well',
  fair: 'The model fits reasonably',
  weak: 'The model is weak',
} as const;

export function composeDiagnostics(result: DiagnosticsView, ctx: ComposeContext): Composed {
  const m = result.metrics;
  const lead = `${VERDICT[result.quality]}: it explains ${percent(m.r2)} of the variation in ${ctx.kpi} (R² ${ratio(m.r2)}) and is off by ${percent(m.holdout.mape)} on average on the last ${m.holdout.periods} ${ctx.unit} it never saw.`;
  const bullets = [`In-sample error: MAPE ${percent(m.mape)}, NRMSE ${ratio(m.nrmse)}.`];
  if (result.uncertainChannels.length > 0) {
    bullets.push(
      `The data cannot pin down ${result.uncertainChannels.map(ctx.label).join(', ')}: treat their numbers as rough.`,
    );
  }
  bullets.push(...result.warnings.slice(0, 4));
  return { lead, bullets, parts: [] };
}
