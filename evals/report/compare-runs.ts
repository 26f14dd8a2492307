import type { CaseResult, RunResult } from '../run/run-types';
import type { ScorerName } from '../scorers/score-types';

/** How one case moved between two runs. */
export interface CaseChange {
  id: string;
  before: boolean;
  after: boolean;
  /** Scorers whose mean moved, with both values. */
  scores: { scorer: ScorerName; before: number; after: number }[];
  /** The new run's failure lines (for regressions). */
  failures: string[];
}

/** The difference between a previous run and the current one. */
export interface RunComparison {
  passRate: { before: number; after: number };
  scorers: { scorer: ScorerName; before?: number; after?: number }[];
  /** Passed before, fails now. */
  regressions: CaseChange[];
  /** Failed before, passes now. */
  improvements: CaseChange[];
  /** Same verdict, but some score went down (`worse`) or up (`better`). */
  worse: CaseChange[];
  better: CaseChange[];
  added: string[];
  removed: string[];
}

function scoreMoves(a: CaseResult, b: CaseResult): CaseChange['scores'] {
  const names = new Set([...Object.keys(a.scores), ...Object.keys(b.scores)]) as Set<ScorerName>;
  const moves: CaseChange['scores'] = [];
  for (const scorer of [...names].sort()) {
    const before = a.scores[scorer] ?? 0;
    const after = b.scores[scorer] ?? 0;
    if (Math.abs(before - after) > 1e-9) moves.push({ scorer, before, after });
  }
  return moves;
}

/** Compares two runs case by case (matched by id). */
export function compareRuns(before: RunResult, after: RunResult): RunComparison {
  const old = new Map(before.cases.map((c) => [c.id, c]));
  const now = new Map(after.cases.map((c) => [c.id, c]));
  const out: RunComparison = {
    passRate: { before: before.summary.passRate, after: after.summary.passRate },
    scorers: [],
    regressions: [],
    improvements: [],
    worse: [],
    better: [],
    added: after.cases.filter((c) => !old.has(c.id)).map((c) => c.id),
    removed: before.cases.filter((c) => !now.has(c.id)).map((c) => c.id),
  };
  const names = new Set([
    ...Object.keys(before.summary.scorers),
    ...Object.keys(after.summary.scorers),
  ]) as Set<ScorerName>;
  for (const scorer of [...names].sort()) {
    const b = before.summary.scorers[scorer];
    const a = after.summary.scorers[scorer];
    out.scorers.push({
      scorer,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    });
  }
  for (const c of after.cases) {
    const p = old.get(c.id);
    if (!p) continue;
    const change: CaseChange = {
      id: c.id,
      before: p.pass,
      after: c.pass,
      scores: scoreMoves(p, c),
      failures: c.failures,
    };
    if (p.pass && !c.pass) out.regressions.push(change);
    else if (!p.pass && c.pass) out.improvements.push(change);
    else if (change.scores.some((s) => s.after < s.before)) out.worse.push(change);
    else if (change.scores.some((s) => s.after > s.before)) out.better.push(change);
  }
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The comparison as readable lines. */
export function formatComparison(cmp: RunComparison): string {
  const lines = [
    `pass rate ${pct(cmp.passRate.before)} → ${pct(cmp.passRate.after)}`,
    `scorers: ${cmp.scorers
      .map((s) => `${s.scorer} ${s.before?.toFixed(3) ?? '–'} → ${s.after?.toFixed(3) ?? '–'}`)
      .join(', ')}`,
    `${cmp.regressions.length} regression(s), ${cmp.improvements.length} improvement(s), ${cmp.worse.length} lower score(s), ${cmp.better.length} higher score(s)`,
  ];
  for (const r of cmp.regressions) lines.push(`  ↓ ${r.id}: ${r.failures.slice(0, 2).join('; ')}`);
  for (const r of cmp.improvements) lines.push(`  ↑ ${r.id}`);
  for (const r of cmp.worse)
    lines.push(
      `  ↘ ${r.id}: ${r.scores.map((s) => `${s.scorer} ${s.before.toFixed(2)}→${s.after.toFixed(2)}`).join(', ')}`,
    );
  if (cmp.added.length) lines.push(`  new cases: ${cmp.added.join(', ')}`);
  if (cmp.removed.length) lines.push(`  removed cases: ${cmp.removed.join(', ')}`);
  return lines.join('\n');
}
