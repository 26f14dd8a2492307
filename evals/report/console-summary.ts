import type { RunResult } from '../run/run-types';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The run as a few readable lines for a terminal: totals, scorer means, latency, failures. */
export function consoleSummary(run: RunResult, options: { maxFailures?: number } = {}): string {
  const s = run.summary;
  const lines = [
    `${run.suite}${run.provider ? ` (${run.provider})` : ''}: ${s.passed}/${s.counted} passed (${pct(s.passRate)}), threshold ${pct(run.thresholds.pass_rate)}${s.excluded ? `; ${s.excluded} excluded (${s.excludedPassed} of them passed)` : ''}`,
    `scorers: ${
      Object.entries(s.scorers)
        .map(([k, v]) => `${k} ${(v as number).toFixed(3)}`)
        .join(', ') || 'none'
    }`,
    `latency per turn: p50 ${Math.round(s.latency.p50)} ms, p95 ${Math.round(s.latency.p95)} ms, max ${Math.round(s.latency.max)} ms; run ${(run.durationMs / 1000).toFixed(1)} s`,
  ];
  const failed = run.cases.filter((c) => !c.pass);
  const limit = options.maxFailures ?? 20;
  for (const c of failed.slice(0, limit))
    lines.push(
      `  ✗ ${c.id}${c.excluded ? ' [excluded]' : ''}: ${c.failures.slice(0, 2).join('; ')}`,
    );
  if (failed.length > limit) lines.push(`  … ${failed.length - limit} more failed`);
  lines.push(
    s.thresholdsMet ? 'thresholds met' : `thresholds missed: ${s.thresholdFailures.join('; ')}`,
  );
  return lines.join('\n');
}
