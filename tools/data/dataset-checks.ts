/** Checks on the assembled series: usable channels, informative controls, and plain-language warnings. */
import type { FieldIssue } from '../errors';
import type { Frequency } from './dataset-types';
import { PERIOD_UNIT } from './frequency';

function isConstant(values: number[]): boolean {
  const first = values[0] ?? 0;
  for (const v of values) if (v !== first) return false;
  return true;
}

/** A channel whose spend never changes (or is always zero) cannot be estimated. */
export function channelIssues(spend: Record<string, number[]>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [column, values] of Object.entries(spend)) {
    if (!isConstant(values)) continue;
    const value = values[0] ?? 0;
    const reason =
      value === 0
        ? `Column ${column}: spend is zero in every period; a channel with no spend cannot be measured (leave it out of the channels)`
        : `Column ${column}: spend is ${value} in every period; a constant channel cannot be told apart from the baseline (leave it out of the channels)`;
    issues.push({ field: column, reason });
  }
  return issues;
}

/** A KPI that never changes leaves nothing for media, or anything else, to explain. */
export function kpiIssues(column: string, kpi: number[]): FieldIssue[] {
  if (kpi.length < 2 || !isConstant(kpi)) return [];
  return [
    {
      field: column,
      reason: `Column ${column}: the KPI is ${kpi[0]} in every period; a KPI that never changes cannot show what drives it`,
    },
  ];
}

/** Controls and events that never change carry no information: their names, to be set aside. */
export function constantColumns(series: Record<string, number[]>): string[] {
  return Object.entries(series)
    .filter(([, values]) => isConstant(values))
    .map(([name]) => name);
}

/** Non-fatal observations about spend and the KPI, in the data's own time unit. */
export function dataWarnings(
  kpiName: string,
  kpi: number[],
  spend: Record<string, number[]>,
  frequency: Frequency,
): string[] {
  const [one, many] = PERIOD_UNIT[frequency];
  const unit = (n: number) => `${n} ${n === 1 ? one : many}`;
  const warnings: string[] = [];
  const n = kpi.length;
  const channels = Object.values(spend);
  let idle = 0;
  for (let t = 0; t < n; t += 1) {
    if (channels.every((values) => (values[t] ?? 0) === 0)) idle += 1;
  }
  if (idle > 0) warnings.push(`${unit(idle)} with zero total spend`);
  for (const [column, values] of Object.entries(spend)) {
    const active = values.filter((v) => v > 0).length;
    if (active < 0.1 * n) {
      warnings.push(
        `${column} has spend in only ${active} of ${unit(n)}; its effect will be uncertain`,
      );
    }
  }
  const negative = kpi.filter((v) => v < 0).length;
  const zero = kpi.filter((v) => v === 0).length;
  if (negative > 0) warnings.push(`The KPI ${kpiName} is negative in ${unit(negative)}`);
  if (zero > 0) warnings.push(`The KPI ${kpiName} is zero in ${unit(zero)}`);
  return warnings;
}
