/**
 * What follows an answer's text: its parts, the approval card, the numbered sources that [n]
 * citations link to, and the helpful / not helpful buttons.
 */

import { h, icon } from './dom.js';
import { approvalCard, renderPart } from './parts.js';

/**
 * Parts, approval, sources and feedback below an answer's text.
 * @param {import('./types.js').AgentAnswer} answer
 * @param {import('./message-view.js').TurnContext} ctx
 * @param {string} prefix
 * @param {boolean} live whether the approval can still be decided
 * @returns {HTMLElement[]}
 */
export function answerExtras(answer, ctx, prefix, live) {
  /** @type {HTMLElement[]} */
  const out = [];
  const pendingId = answer.pending?.scenarioId;
  for (const part of answer.parts ?? []) {
    if (part.type === 'approval' && (!live || part.scenarioId === pendingId)) continue;
    const node = renderPart(part, ctx.parts);
    if (node) out.push(node);
  }
  if (answer.pending && live) {
    const { scenarioId, summary } = answer.pending;
    out.push(approvalCard(summary, (approve) => ctx.parts.decide(scenarioId, approve)));
  }
  if (answer.citations?.length) out.push(sourcesList(answer.citations, prefix));
  const threadId = answer.threadId || ctx.threadId();
  if (threadId) out.push(feedbackRow(ctx, threadId));
  return out;
}

/**
 * @param {import('./types.js').Citation[]} citations
 * @param {string} prefix
 */
function sourcesList(citations, prefix) {
  return h(
    'section',
    { class: 'sources', 'aria-label': 'Sources' },
    h('h4', {}, 'Sources'),
    h(
      'ol',
      {},
      ...citations.map((c, i) =>
        h(
          'li',
          { id: `${prefix}-${i + 1}`, tabindex: '-1', 'data-testid': 'source' },
          h('span', { class: 'source-title' }, c.title),
          sectionText(c) ? h('span', { class: 'source-section' }, ` · ${sectionText(c)}`) : null,
          c.snippet ? h('p', { class: 'source-snippet' }, c.snippet) : null,
        ),
      ),
    ),
  );
}

/**
 * @param {import('./message-view.js').TurnContext} ctx
 * @param {string} threadId
 */
function feedbackRow(ctx, threadId) {
  const thanks = h('span', { class: 'muted', role: 'status' });
  /** @param {boolean} helpful */
  const send = async (helpful) => {
    yes.disabled = true;
    no.disabled = true;
    (helpful ? yes : no).setAttribute('aria-pressed', 'true');
    try {
      const item = yes.closest('li.msg');
      const all = item?.parentElement
        ? [...item.parentElement.querySelectorAll(':scope > li.msg')]
        : [];
      const index = item ? all.indexOf(item) : -1;
      await ctx.api.feedback(
        index >= 0 ? { threadId, helpful, messageIndex: index } : { threadId, helpful },
      );
      thanks.textContent = 'Thanks for the feedback.';
    } catch {
      yes.disabled = false;
      no.disabled = false;
      (helpful ? yes : no).setAttribute('aria-pressed', 'false');
      thanks.textContent = 'Could not send feedback.';
    }
  };
  const yes = h(
    'button',
    {
      type: 'button',
      class: 'icon-btn',
      'aria-pressed': 'false',
      'data-testid': 'feedback-helpful',
      title: 'Helpful',
      onclick: () => send(true),
    },
    icon('up'),
    h('span', { class: 'sr-only' }, 'Helpful'),
  );
  const no = h(
    'button',
    {
      type: 'button',
      class: 'icon-btn',
      'aria-pressed': 'false',
      'data-testid': 'feedback-not-helpful',
      title: 'Not helpful',
      onclick: () => send(false),
    },
    icon('down'),
    h('span', { class: 'sr-only' }, 'Not helpful'),
  );
  return h(
    'div',
    { class: 'feedback', role: 'group', 'aria-label': 'Was this answer helpful?' },
    yes,
    no,
    thanks,
  );
}

/**
 * A source's section without the document title it repeats (`Title › Heading` → `Heading`).
 * @param {import('./types.js').Citation} c
 * @returns {string}
 */
function sectionText(c) {
  const section = c.section ?? '';
  if (section === c.title) return '';
  return section.startsWith(`${c.title} › `) ? section.slice(c.title.length + 3) : section;
}
