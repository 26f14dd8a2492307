import type { RunResult } from '../run/run-types';
import type { RunComparison } from './compare-runs';
import { escapeXml as esc } from './escape';
import { caseHtml } from './html-case';

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d2430}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin:.2rem 0}h3{font-size:1rem}h4{margin:.8rem 0 .3rem;font-size:.9rem}
.case{border:1px solid #d6dbe3;border-radius:8px;padding:.8rem 1rem;margin:1rem 0}.case.fail{border-left:5px solid #c62828}.case.pass{border-left:5px solid #2e7d32}
.badge{font-size:.75rem;padding:.1rem .4rem;border-radius:4px;color:#fff;text-transform:uppercase}.badge.pass{background:#2e7d32}.badge.fail{background:#c62828}
.tag{background:#eef1f5;border-radius:4px;padding:0 .3rem}.muted{color:#6b7685}.bad{color:#c62828}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;max-height:24rem;white-space:pre-wrap}table{border-collapse:collapse}td,th{border:1px solid #d6dbe3;padding:.2rem .5rem;text-align:left;vertical-align:top}
tr.bad td{background:#fdecea}summary{cursor:pointer;color:#35507a}.failures{color:#c62828}`;

function summaryHtml(run: RunResult): string {
  const s = run.summary;
  const rows = Object.entries(s.scorers)
    .map(
      ([k, v]) =>
        `<tr><td>${esc(k)}</td><td>${(v as number).toFixed(3)}</td><td>${run.thresholds.scorers[k] ?? ''}</td></tr>`,
    )
    .join('');
  return `<p><b>${s.passed}/${s.counted}</b> counted cases passed (${(s.passRate * 100).toFixed(1)}%; threshold ${(run.thresholds.pass_rate * 100).toFixed(1)}%)${s.excluded ? `, ${s.excluded} excluded (${esc(run.thresholds.exclude_tags.join(', '))})` : ''}. ${s.thresholdsMet ? 'Thresholds met.' : `<span class="bad">Thresholds missed: ${esc(s.thresholdFailures.join('; '))}</span>`}</p>
<p class="muted">turn latency p50 ${Math.round(s.latency.p50)} ms · p95 ${Math.round(s.latency.p95)} ms · max ${Math.round(s.latency.max)} ms · run ${(run.durationMs / 1000).toFixed(1)} s · ${esc(run.startedAt)}</p>
<table><tr><th>scorer</th><th>mean</th><th>minimum</th></tr>${rows}</table>`;
}

function comparisonHtml(cmp: RunComparison): string {
  const list = (title: string, items: { id: string; failures?: string[] }[]) =>
    items.length
      ? `<h3>${esc(title)} (${items.length})</h3><ul>${items.map((i) => `<li><a href="#case-${esc(i.id)}">${esc(i.id)}</a>${i.failures?.length ? `: ${esc(i.failures.slice(0, 2).join('; '))}` : ''}</li>`).join('')}</ul>`
      : '';
  return `<section class="compare"><h2>Compared with the previous run</h2>
<p>pass rate ${(cmp.passRate.before * 100).toFixed(1)}% → ${(cmp.passRate.after * 100).toFixed(1)}%</p>
${list('Regressions', cmp.regressions)}${list(
  'Improvements',
  cmp.improvements.map((i) => ({ id: i.id })),
)}${list('Lower scores', cmp.worse)}${list(
  'New cases',
  cmp.added.map((id) => ({ id })),
)}</section>`;
}

/**
 * A self-contained HTML report (inline CSS, no scripts, every text escaped): the summary,
 * an optional comparison, then one section per case — failures first.
 */
export function htmlReport(run: RunResult, comparison?: RunComparison): string {
  const ordered = [...run.cases].sort((a, b) => Number(a.pass) - Number(b.pass));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(`MixPilot eval: ${run.suite}`)}</title><style>${STYLE}</style></head>
<body><h1>MixPilot eval: ${esc(run.suite)}${run.provider ? ` <span class="muted">(${esc(run.provider)})</span>` : ''}</h1>
${summaryHtml(run)}
${comparison ? comparisonHtml(comparison) : ''}
${ordered.map(caseHtml).join('\n')}
</body></html>
`;
}
