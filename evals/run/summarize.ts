import type { ScorerName } from '../scorers/score-types';
import type { Thresholds } from '../suite/suite-schema';
import type { CaseResult, RunSummary } from './run-types';

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

/**
 * Totals of a run over the counted cases (those without an excluded tag), mean scores per
 * scorer, turn latency percentiles, and the thresholds that were missed.
 */
export function summarize(cases: CaseResult[], thresholds: Thresholds): RunSummary {
  const counted = cases.filter((c) => !c.excluded);
  const passed = counted.filter((c) => c.pass).length;
  const errored = counted.filter((c) => c.error !== undefined).length;
  const sums = new Map<ScorerName, { total: number; n: number }>();
  for (const c of counted)
    for (const [k, v] of Object.entries(c.scores) as [ScorerName, number][]) {
      const acc = sums.get(k) ?? { total: 0, n: 0 };
      acc.total += v;
      acc.n++;
      sums.set(k, acc);
    }
  const scorers: Partial<Record<ScorerName, number>> = {};
  for (const [k, v] of [...sums].sort(([a], [b]) => (a < b ? -1 : 1))) scorers[k] = v.total / v.n;
  const latencies = counted.flatMap((c) => c.turns.map((t) => t.latencyMs)).sort((a, b) => a - b);
  const latency = {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    max: latencies[latencies.length - 1] ?? 0,
  };
  const passRate = counted.length === 0 ? 0 : passed / counted.length;
  const thresholdFailures: string[] = [];
  if (counted.length === 0) thresholdFailures.push('no counted case');
  if (passRate < thresholds.pass_rate)
    thresholdFailures.push(
      `pass rate ${(passRate * 100).toFixed(1)}% < ${(thresholds.pass_rate * 100).toFixed(1)}%`,
    );
  for (const [name, min] of Object.entries(thresholds.scorers)) {
    const mean = scorers[name as ScorerName];
    if (mean !== undefined && mean < min)
      thresholdFailures.push(`${name} mean ${mean.toFixed(3)} < ${min}`);
  }
  if (thresholds.latency_p95_ms !== undefined && latency.p95 > thresholds.latency_p95_ms)
    thresholdFailures.push(
      `latency p95 ${Math.round(latency.p95)} ms > ${thresholds.latency_p95_ms} ms`,
    );
  const excluded = cases.filter((c) => c.excluded);
  return {
    total: cases.length,
    counted: counted.length,
    passed,
    failed: counted.length - passed,
    errored,
    excluded: excluded.length,
    excludedPassed: excluded.filter((c) => c.pass).length,
    passRate,
    scorers,
    latency,
    thresholdsMet: thresholdFailures.length === 0,
    thresholdFailures,
  };
}
