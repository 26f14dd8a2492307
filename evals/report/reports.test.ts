import { describe, expect, it } from 'vitest';
import type { CaseResult, RunResult } from '../run/run-types';
import { summarize } from '../run/summarize';
import { compareRuns, formatComparison } from './compare-runs';
import { consoleSummary } from './console-summary';
import { htmlReport } from './html-report';
import { junitReport } from './junit-report';

const thresholds = { pass_rate: 0.95, scorers: {}, exclude_tags: ['known-issue'] };

function caseOf(id: string, pass: boolean, extra: Partial<CaseResult> = {}): CaseResult {
  return {
    id,
    tags: ['whatif'],
    excluded: false,
    pass,
    latencyMs: 10,
    scores: { trajectory: pass ? 1 : 0 },
    failures: pass ? [] : ['trajectory: expected a call to what_if; called nothing'],
    turns: [
      {
        question: 'What if <script>alert(1)</script> & "TV"?',
        expect: { tools: [{ name: 'what_if' }] },
        answer: 'Revenue <b>rises</b> by $12.3k.',
        toolCalls: [{ name: 'what_if', args: { changes: [] }, result: { delta: { kpi: 1 } } }],
        citations: [{ id: 'what-if', title: 'How what-if works' }],
        latencyMs: 10,
        scores: [{ scorer: 'trajectory', score: pass ? 1 : 0, pass, details: [] }],
      },
    ],
    ...extra,
  };
}

function runOf(cases: CaseResult[]): RunResult {
  return {
    suite: 'core',
    provider: 'offline',
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 1234,
    thresholds,
    summary: summarize(cases, thresholds),
    cases,
  };
}

describe('reports', () => {
  const run = runOf([
    caseOf('a', true),
    caseOf('b', false),
    caseOf('c', false, { tags: ['known-issue'], excluded: true }),
    caseOf('d', false, {
      error: 'turn 1: timed out after 5 ms',
      failures: ['turn 1: timed out after 5 ms'],
    }),
  ]);

  it('writes a self-contained HTML report with every text escaped and one section per case', () => {
    const html = htmlReport(run);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;TV&quot;');
    expect(html).toContain('Revenue &lt;b&gt;rises&lt;/b&gt;');
    expect(html.match(/<section id="case-/g)).toHaveLength(4);
    expect(html).not.toMatch(/<link|src=/);
  });

  it('writes JUnit XML with failures, errors and excluded cases as skipped', () => {
    const xml = junitReport(run);
    expect(xml).toContain('tests="4" failures="1" errors="1" skipped="1"');
    expect(xml).toContain('<testcase name="a" classname="core.whatif" time="0.010"/>');
    expect(xml).toContain(
      '<failure message="trajectory: expected a call to what_if; called nothing">',
    );
    expect(xml).toContain('<error message="turn 1: timed out after 5 ms">');
  });

  it('summarizes for the console with the missed threshold', () => {
    const text = consoleSummary(run);
    expect(text).toContain('core (offline): 1/3 passed (33.3%), threshold 95.0%; 1 excluded');
    expect(text).toContain('thresholds missed: pass rate 33.3% < 95.0%');
  });

  it('shows regressions and improvements between two runs', () => {
    const before = runOf([caseOf('a', true), caseOf('b', false), caseOf('old', true)]);
    const after = runOf([caseOf('a', false), caseOf('b', true), caseOf('new', true)]);
    const cmp = compareRuns(before, after);
    expect(cmp.regressions.map((r) => r.id)).toEqual(['a']);
    expect(cmp.improvements.map((r) => r.id)).toEqual(['b']);
    expect(cmp.added).toEqual(['new']);
    expect(cmp.removed).toEqual(['old']);
    expect(formatComparison(cmp)).toContain('1 regression(s), 1 improvement(s)');
    expect(htmlReport(after, cmp)).toContain('Regressions (1)');
  });
});
