import type { CaseResult, TurnResult } from '../run/run-types';
import { escapeXml as esc } from './escape';

function json(value: unknown): string {
  return esc(JSON.stringify(value, null, 2) ?? '');
}

function turnHtml(t: TurnResult, i: number, many: boolean): string {
  const calls = t.toolCalls.length
    ? `<ol class="calls">${t.toolCalls
        .map(
          (c) =>
            `<li><code>${esc(c.name)}</code>${c.error ? ` <span class="bad">error: ${esc(c.error.message)}</span>` : ''}<details><summary>arguments</summary><pre>${json(c.args)}</pre></details><details><summary>result</summary><pre>${json(c.result)}</pre></details></li>`,
        )
        .join('')}</ol>`
    : '<p class="muted">no tool calls</p>';
  const scores = t.scores
    .map(
      (s) =>
        `<tr class="${s.pass ? 'ok' : 'bad'}"><td>${esc(s.scorer)}</td><td>${s.score.toFixed(3)}</td><td>${s.pass ? 'pass' : 'fail'}</td><td>${s.details.map(esc).join('<br>')}</td></tr>`,
    )
    .join('');
  const cites = t.citations.length
    ? `<p>citations: ${t.citations.map((c) => `<code>${esc(c.id)}</code> ${esc(c.title)}`).join('; ')}</p>`
    : '';
  return `<div class="turn">
${many ? `<h3>turn ${i + 1}</h3>` : ''}<p class="q"><b>Question</b> ${esc(t.question)}</p>
<details><summary>expectation</summary><pre>${json(t.expect)}</pre></details>
<h4>Trajectory</h4>${calls}
<h4>Answer</h4>${t.error ? `<p class="bad">${esc(t.error)}</p>` : ''}<pre class="answer">${esc(t.answer ?? '')}</pre>${cites}
<h4>Scores</h4><table><tr><th>scorer</th><th>score</th><th></th><th>details</th></tr>${scores}</table>
<p class="muted">${Math.round(t.latencyMs)} ms${t.provider ? ` · ${esc(t.provider)}` : ''}</p>
</div>`;
}

/** One case as an HTML section: verdict, tags, and every turn with its trajectory and scores. */
export function caseHtml(c: CaseResult): string {
  const verdict = c.pass ? 'pass' : 'fail';
  return `<section id="case-${esc(c.id)}" class="case ${verdict}${c.excluded ? ' excluded' : ''}">
<h2><span class="badge ${verdict}">${verdict}</span> ${esc(c.id)}${c.excluded ? ' <span class="muted">(excluded)</span>' : ''}</h2>
<p class="muted">${c.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')} · ${Math.round(c.latencyMs)} ms</p>
${c.description ? `<p>${esc(c.description)}</p>` : ''}${c.failures.length ? `<ul class="failures">${c.failures.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>` : ''}
${c.turns.map((t, i) => turnHtml(t, i, c.turns.length > 1)).join('\n')}
</section>`;
}
