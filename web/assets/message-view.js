/**
 * Chat messages: the user's question, and the assistant's turn as it streams (status steps,
 * tokens) and once final (markdown answer, parts, sources, approval, feedback).
 */

import { answerExtras } from './answer-extras.js';
import { h, icon } from './dom.js';
import { renderMarkdown } from './markdown.js';

const TOOL_LABELS = /** @type {Record<string, string>} */ ({
  fit_model: 'Fitting the model',
  get_contributions: 'Measuring channel contributions',
  what_if: 'Simulating the scenario',
  optimize_budget: 'Optimizing the budget',
  get_response_curve: 'Tracing response curves',
  get_model_diagnostics: 'Checking model quality',
  search_methodology: 'Searching the methodology notes',
});

/** @param {string} name */
export function toolLabel(name) {
  return TOOL_LABELS[name] ?? `Running ${name.replace(/_/g, ' ')}`;
}

let messageCount = 0;

/**
 * @param {string} text
 * @returns {HTMLElement}
 */
export function userMessage(text) {
  return h(
    'li',
    { class: 'msg user', 'data-testid': 'message', 'data-role': 'user' },
    h('span', { class: 'sr-only' }, 'You said: '),
    h('div', { class: 'bubble' }, text),
  );
}

/**
 * @typedef {object} TurnContext
 * @property {import('./api.js').Api} api
 * @property {import('./parts.js').PartContext} parts
 * @property {() => string | undefined} threadId
 * @property {() => void} [retry]
 */

/**
 * An assistant message that fills in as AgentEvents arrive.
 * @param {TurnContext} ctx
 */
export function assistantMessage(ctx) {
  const prefix = `m${++messageCount}-src`;
  const steps = h('ol', { class: 'steps', 'aria-live': 'polite', 'data-testid': 'status-list' });
  const body = h('div', {
    class: 'answer streaming',
    'aria-live': 'polite',
    'aria-busy': 'true',
    'data-testid': 'answer',
  });
  const extras = h('div', { class: 'extras' });
  const el = h(
    'li',
    { class: 'msg assistant', 'data-testid': 'message', 'data-role': 'assistant' },
    h('span', { class: 'sr-only' }, 'MixPilot said: '),
    h('div', { class: 'bubble' }, steps, body, extras),
  );
  /** @type {Map<string, HTMLElement>} */
  const running = new Map();
  let text = '';
  let frame = 0;
  let finished = false;

  /** @param {string} message @param {'run' | 'ok' | 'fail' | 'info'} state */
  function addStep(message, state) {
    for (const li of steps.querySelectorAll('li.info.active')) li.classList.remove('active');
    const li = h(
      'li',
      {
        class: `${state}${state === 'info' || state === 'run' ? ' active' : ''}`,
        'data-testid': 'status-line',
      },
      message,
    );
    steps.append(li);
    return li;
  }

  function paint() {
    frame = 0;
    body.innerHTML = renderMarkdown(text);
  }

  /** @param {import('./types.js').AgentEvent} event */
  function handle(event) {
    if (finished) return;
    switch (event.type) {
      case 'status':
        addStep(event.message, 'info');
        break;
      case 'tool_start':
        running.set(event.id, addStep(`${toolLabel(event.name)}…`, 'run'));
        break;
      case 'tool_end': {
        const li = running.get(event.id) ?? addStep(toolLabel(event.name), 'run');
        li.className = event.ok ? 'ok' : 'fail';
        li.textContent = `${toolLabel(event.name)}${event.ok ? '' : ' failed'} · ${formatMs(event.ms)}`;
        break;
      }
      case 'token':
        text += event.text;
        if (!frame) frame = requestAnimationFrame(paint);
        break;
      case 'final':
        finish(event.answer);
        break;
      case 'error':
        fail(event.message, event.code);
        break;
    }
  }

  function collapseSteps() {
    for (const li of steps.querySelectorAll('li.active')) li.classList.remove('active');
    const count = steps.children.length;
    if (count === 0) {
      steps.remove();
      return;
    }
    const details = h(
      'details',
      { class: 'steps-box' },
      h('summary', {}, `${count} step${count === 1 ? '' : 's'}`),
    );
    steps.replaceWith(details);
    details.append(steps);
  }

  /** @param {import('./types.js').AgentAnswer} answer */
  function finish(answer) {
    finished = true;
    if (frame) cancelAnimationFrame(frame);
    collapseSteps();
    body.classList.remove('streaming');
    body.removeAttribute('aria-busy');
    body.innerHTML = renderMarkdown(answer.answer ?? '', {
      citationCount: answer.citations?.length ?? 0,
      citationPrefix: prefix,
    });
    extras.replaceChildren(...answerExtras(answer, ctx, prefix, true));
  }

  /** @param {string} message @param {string} [code] */
  function fail(message, code) {
    finished = true;
    if (frame) cancelAnimationFrame(frame);
    collapseSteps();
    body.classList.remove('streaming');
    body.removeAttribute('aria-busy');
    if (!text) body.replaceChildren();
    const retry = ctx.retry;
    extras.replaceChildren(
      h(
        'div',
        { class: 'error-box', role: 'alert', 'data-testid': 'answer-error', 'data-code': code },
        icon('alert'),
        h('span', {}, message),
        retry
          ? h('button', { type: 'button', class: 'btn small', onclick: retry }, 'Try again')
          : null,
      ),
    );
  }

  return {
    el,
    handle,
    fail,
    /** @returns {boolean} */
    get finished() {
      return finished;
    },
  };
}

/**
 * A finished assistant message rebuilt from thread history.
 * @param {{ text: string, parts?: import('./types.js').AnswerPart[], citations?: import('./types.js').Citation[] }} message
 * @param {TurnContext} ctx
 * @returns {HTMLElement}
 */
export function historyMessage(message, ctx) {
  const prefix = `m${++messageCount}-src`;
  const body = h('div', { class: 'answer', 'data-testid': 'answer' });
  /** @type {import('./types.js').AgentAnswer} */
  const answer = {
    answer: message.text,
    parts: message.parts ?? [],
    citations: message.citations ?? [],
    threadId: ctx.threadId() ?? '',
  };
  body.innerHTML = renderMarkdown(answer.answer, {
    citationCount: answer.citations.length,
    citationPrefix: prefix,
  });
  return h(
    'li',
    { class: 'msg assistant', 'data-testid': 'message', 'data-role': 'assistant' },
    h('span', { class: 'sr-only' }, 'MixPilot said: '),
    h(
      'div',
      { class: 'bubble' },
      body,
      h('div', { class: 'extras' }, ...answerExtras(answer, ctx, prefix, false)),
    ),
  );
}

/** @param {number} ms */
function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
