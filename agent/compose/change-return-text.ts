import type { ComposeContext } from './composed';
import { money, ratio } from './format';

/**
 * Whether a change of spend pays, from the what-if's return on the change (`delta.roi`, KPI per
 * $1 of spend added or saved): "Spend rises by $2M: each extra $1 brings back $0.57 of revenue,
 * less than it costs." Revenue is judged against the dollar (before margins); other KPIs get the
 * rate alone. Nothing when the plan moves money without changing the total (no return is given).
 */
export function changeReturnLine(
  delta: { spend: number; roi?: number | null },
  ctx: ComposeContext,
): string | undefined {
  const roi = delta.roi;
  if (roi === null || roi === undefined || !Number.isFinite(roi) || delta.spend === 0)
    return undefined;
  const revenue = ctx.kpiType === 'revenue';
  const per = revenue ? `$${ratio(roi)} of revenue` : `${ratio(roi)} ${ctx.kpi}`;
  if (delta.spend > 0) {
    const pays = revenue ? (roi >= 1 ? ', more than it costs' : ', less than it costs') : '';
    return `Spend rises by ${money(delta.spend)}: each extra $1 brings back ${per}${pays} (before margins and other costs).`;
  }
  const pays = revenue ? (roi > 1 ? ', more than it saves' : ', less than it saves') : '';
  return `Spend falls by ${money(-delta.spend)}: each $1 saved gives up ${per}${pays} (before margins and other costs).`;
}
