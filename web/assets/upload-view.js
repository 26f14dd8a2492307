/**
 * The dataset upload dialog: a CSV file input posted as multipart to `/api/datasets`, then the
 * validation report, or the error message with its row/column/reason issues.
 */

import { ApiError } from './api.js';
import { h, icon } from './dom.js';
import { formatNumber } from './format.js';

/**
 * Wires the upload dialog that index.html declares.
 * @param {HTMLDialogElement} dialog
 * @param {import('./api.js').Api} api
 * @param {(report: { id: string, name: string }) => void} [onUploaded]
 */
export function setupUpload(dialog, api, onUploaded) {
  const form = /** @type {HTMLFormElement} */ (dialog.querySelector('form'));
  const input = /** @type {HTMLInputElement} */ (dialog.querySelector('input[type=file]'));
  const submit = /** @type {HTMLButtonElement} */ (
    dialog.querySelector('[data-testid=upload-submit]')
  );
  const result = /** @type {HTMLElement} */ (dialog.querySelector('.upload-result'));

  input.addEventListener('change', () => {
    submit.disabled = !input.files?.length;
    result.replaceChildren();
  });
  dialog.addEventListener('close', () => {
    form.reset();
    submit.disabled = true;
  });
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files?.[0];
    if (!file) return;
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    result.replaceChildren(h('p', { class: 'muted', role: 'status' }, `Checking ${file.name}…`));
    try {
      const uploaded = await api.uploadDataset(file);
      result.replaceChildren(reportView(uploaded));
      onUploaded?.(uploaded);
    } catch (error) {
      result.replaceChildren(errorView(error));
    } finally {
      form.removeAttribute('aria-busy');
      submit.disabled = !input.files?.length;
    }
  });
}

/**
 * @param {{ id: string, name: string, report: import('./types.js').ValidationReport }} uploaded
 * @returns {HTMLElement}
 */
export function reportView({ name, report }) {
  const s = report.schema;
  /** @type {[string, string][]} */
  const facts = [
    ['Periods', `${formatNumber(report.periods)} ${s.frequency}`],
    ['Dates', `${report.start} to ${report.end}`],
    ['KPI', s.kpi],
    ['Channels', s.channels.join(', ') || 'none'],
  ];
  if (s.controls.length) facts.push(['Controls', s.controls.join(', ')]);
  if (s.events.length) facts.push(['Events', s.events.join(', ')]);
  return h(
    'div',
    { class: 'upload-ok', role: 'status', 'data-testid': 'upload-report' },
    h('p', { class: 'ok-title' }, icon('check'), `${name} is ready`),
    h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    report.ignored.length
      ? h(
          'div',
          {},
          h('h4', {}, 'Columns not used'),
          h(
            'ul',
            {},
            ...report.ignored.map((i) => h('li', {}, h('code', {}, i.column), ` ${i.reason}`)),
          ),
        )
      : null,
    report.warnings.length
      ? h(
          'div',
          { class: 'notice warning' },
          h('ul', {}, ...report.warnings.map((w) => h('li', {}, w))),
        )
      : null,
  );
}

/**
 * @param {unknown} error
 * @returns {HTMLElement}
 */
export function errorView(error) {
  const message = error instanceof Error ? error.message : 'The upload failed.';
  const issues = error instanceof ApiError ? error.issues : [];
  return h(
    'div',
    { class: 'error-box block', role: 'alert', 'data-testid': 'upload-error' },
    h('p', { class: 'error-title' }, icon('alert'), h('span', {}, message)),
    issues.length
      ? h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'issues', 'data-testid': 'upload-issues' },
            h('caption', { class: 'sr-only' }, 'Problems found in the file'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Row'),
                h('th', { scope: 'col' }, 'Column'),
                h('th', { scope: 'col' }, 'Problem'),
              ),
            ),
            h(
              'tbody',
              {},
              ...issues.map((i) =>
                h(
                  'tr',
                  {},
                  h('td', { class: 'num' }, rowText(i)),
                  h('td', {}, h('code', {}, i.field)),
                  h('td', {}, problemText(i)),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

/**
 * The Row cell of an issue: the data row and the line of the file it starts on, as an editor
 * numbers lines (`12 (line 13)`).
 * @param {import('./api.js').FieldIssue} issue
 * @returns {string}
 */
export function rowText(issue) {
  if (issue.row === undefined) return '–';
  return issue.line === undefined ? String(issue.row) : `${issue.row} (line ${issue.line})`;
}

/**
 * An issue's reason without the `Row n (line l of the file), column c: ` lead-in the Row and
 * Column cells already show.
 * @param {import('./api.js').FieldIssue} issue
 * @returns {string}
 */
export function problemText(issue) {
  const where =
    issue.row === undefined
      ? ''
      : `Row ${issue.row}${issue.line === undefined ? '' : ` (line ${issue.line} of the file)`}, `;
  const lead = `${where}column ${issue.field}: `;
  const reason = issue.reason.toLowerCase().startsWith(lead.toLowerCase())
    ? issue.reason.slice(lead.length)
    : issue.reason;
  return reason ? reason.charAt(0).toUpperCase() + reason.slice(1) : issue.reason;
}
