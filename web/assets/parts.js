/**
 * Renders the structured parts of an answer: tables, charts, scenario sliders, the approval
 * card and notices.
 */

import { chartSpecFromPart } from './chart-spec.js';
import { chartView } from './chart-view.js';
import { h, icon } from './dom.js';
import { formatCell } from './format.js';
import { renderInline } from './markdown.js';
import { scenarioCard } from './scenario-view.js';

/**
 * @typedef {object} PartContext
 * @property {import('./api.js').Api} api
 * @property {(scenarioId: string, approve: boolean) => Promise<void>} decide
 * @property {() => Promise<import('./types.js').Workspace | undefined>} workspace
 */

/**
 * @param {import('./types.js').AnswerPart} part
 * @param {PartContext} ctx
 * @returns {HTMLElement | undefined}
 */
export function renderPart(part, ctx) {
  switch (part.type) {
    case 'table':
      return tableView(part);
    case 'chart':
      return chartView(chartSpecFromPart(part));
    case 'scenario':
      return scenarioCard({
        api: ctx.api,
        workspace: ctx.workspace,
        title: 'Try it: adjust the plan',
        reference: part.reference,
        scenario: part.scenario,
        horizon: part.horizon,
        flighting: part.flighting,
      });
    case 'approval':
      return approvalCard(part.summary, (approve) => ctx.decide(part.scenarioId, approve));
    case 'notice':
      return h(
        'div',
        { class: `notice ${part.level}`, role: part.level === 'warning' ? 'note' : undefined },
        icon(part.level === 'warning' ? 'alert' : 'spark'),
        h('span', {}, part.text),
      );
    default:
      return undefined;
  }
}

/** @param {{ title: string, columns: string[], rows: (string | number)[][] }} part */
function tableView(part) {
  const numeric = part.columns.map((_, k) => part.rows.every((r) => typeof r[k] !== 'string'));
  return h(
    'div',
    { class: 'table-wrap part-table' },
    h(
      'table',
      {},
      h('caption', {}, part.title),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...part.columns.map((c, k) =>
            h('th', { class: numeric[k] ? 'num' : undefined, scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...part.rows.map((row) =>
          h(
            'tr',
            {},
            ...part.columns.map((c, k) =>
              h('td', { class: numeric[k] ? 'num' : undefined }, formatCell(c, row[k] ?? '')),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The approve-plan confirmation: the plan summary with Approve and Reject buttons.
 * @param {string} summary
 * @param {(approve: boolean) => Promise<void>} decide
 * @returns {HTMLElement}
 */
export function approvalCard(summary, decide) {
  const status = h('p', { class: 'approval-status', role: 'status' });
  const body = h('div', { class: 'approval-summary' });
  body.innerHTML = renderInline(summary);
  const approve = h(
    'button',
    { type: 'button', class: 'btn primary', 'data-testid': 'approve-button' },
    icon('check'),
    'Approve plan',
  );
  const reject = h(
    'button',
    { type: 'button', class: 'btn', 'data-testid': 'reject-button' },
    icon('x'),
    'Reject',
  );
  const card = h(
    'section',
    { class: 'card approval', 'data-testid': 'approval-card', 'aria-label': 'Plan approval' },
    h('h3', {}, 'Approve this plan?'),
    body,
    h('div', { class: 'actions' }, approve, reject),
    status,
  );
  /** @param {boolean} yes */
  const choose = async (yes) => {
    approve.disabled = true;
    reject.disabled = true;
    card.classList.add(yes ? 'approved' : 'rejected');
    status.textContent = yes
      ? 'Approved. Applying the plan…'
      : 'Rejected. The plan was not applied.';
    try {
      await decide(yes);
      if (yes) status.textContent = 'Approved.';
    } catch {
      approve.disabled = false;
      reject.disabled = false;
      card.classList.remove('approved', 'rejected');
      status.textContent = 'That did not go through. Try again.';
    }
  };
  approve.addEventListener('click', () => choose(true));
  reject.addEventListener('click', () => choose(false));
  return card;
}
