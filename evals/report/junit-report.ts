import type { RunResult } from '../run/run-types';
import { escapeXml } from './escape';

/**
 * The run as JUnit XML: one test suite, one test case per eval case (`classname` = first tag),
 * failures with their reasons; excluded cases that fail are reported as skipped.
 */
export function junitReport(run: RunResult): string {
  const s = run.summary;
  const failures = run.cases.filter((c) => !c.pass && !c.excluded && !c.error).length;
  const errors = run.cases.filter((c) => !c.pass && !c.excluded && c.error).length;
  const skipped = run.cases.filter((c) => !c.pass && c.excluded).length;
  const cases = run.cases.map((c) => {
    const attrs = `name="${escapeXml(c.id)}" classname="${escapeXml(`${run.suite}.${c.tags[0] ?? 'case'}`)}" time="${(c.latencyMs / 1000).toFixed(3)}"`;
    if (c.pass) return `    <testcase ${attrs}/>`;
    const text = escapeXml(c.failures.join('\n'));
    const first = escapeXml(c.failures[0] ?? 'failed');
    if (c.excluded)
      return `    <testcase ${attrs}>\n      <skipped message="excluded (${escapeXml(c.tags.join(', '))}): ${first}"/>\n    </testcase>`;
    const tag = c.error ? 'error' : 'failure';
    return `    <testcase ${attrs}>\n      <${tag} message="${first}">${text}</${tag}>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="mixpilot-eval" tests="${s.total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${(run.durationMs / 1000).toFixed(3)}">`,
    `  <testsuite name="${escapeXml(run.suite)}" tests="${s.total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${(run.durationMs / 1000).toFixed(3)}" timestamp="${escapeXml(run.startedAt)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
