/**
 * Boots the chat page (`/`, and `/?embed=1` inside the widget's iframe): wires the composer,
 * streams turns, keeps the thread id in sessionStorage, and opens the planner and upload tools.
 */

import { createApi } from './api.js';
import { readConfig, safely, THREAD_STORAGE } from './config.js';
import { h } from './dom.js';
import { assistantMessage, historyMessage, userMessage } from './message-view.js';
import { scenarioCard } from './scenario-view.js';
import { setupUpload } from './upload-view.js';

const config = readConfig(
  window.location,
  safely(() => window.localStorage),
);
if (config.keyInQuery && !config.embed) {
  const url = new URL(window.location.href);
  url.searchParams.delete('key');
  window.history.replaceState(null, '', url.pathname + url.search);
}
const api = createApi(config.key ? { key: config.key } : {});
const session = safely(() => window.sessionStorage);

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const scroller = $('main');
const list = $('messages');
const empty = $('empty');
const form = /** @type {HTMLFormElement} */ ($('composer'));
const input = /** @type {HTMLTextAreaElement} */ ($('input'));
const send = /** @type {HTMLButtonElement} */ ($('send'));
const stop = /** @type {HTMLButtonElement} */ ($('stop'));
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** @type {string | undefined} */
let threadId = safely(() => session?.getItem(THREAD_STORAGE)) ?? undefined;
let busy = false;
/** @type {AbortController | undefined} */
let controller;

/** @type {Promise<import('./types.js').Workspace | undefined> | undefined} */
let workspacePromise;
const workspace = () => {
  workspacePromise ??= api.workspace().catch(() => {
    workspacePromise = undefined;
    return undefined;
  });
  return workspacePromise;
};

/** @type {import('./parts.js').PartContext} */
const partContext = {
  api,
  workspace,
  async decide(_scenarioId, approve) {
    if (!threadId || busy) throw new Error('busy');
    await runTurn('resume', { threadId, approve });
  },
};

/** @param {string | undefined} id */
function saveThread(id) {
  threadId = id;
  safely(() => (id ? session?.setItem(THREAD_STORAGE, id) : session?.removeItem(THREAD_STORAGE)));
}

/** Whether the view follows a streaming answer; the reader scrolling away turns it off. */
let follow = true;
const stopFollowing = () => {
  follow = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
};
scroller.addEventListener('wheel', () => requestAnimationFrame(stopFollowing), { passive: true });
scroller.addEventListener('touchmove', () => requestAnimationFrame(stopFollowing), {
  passive: true,
});
scroller.addEventListener('keyup', stopFollowing);

function scrollToEnd() {
  scroller.scrollTo({ top: scroller.scrollHeight });
}

/**
 * Shows a finished answer: all of it when it fits, else from the question above it.
 * @param {HTMLElement} item
 */
function revealAnswer(item) {
  if (item.offsetHeight < scroller.clientHeight - 40) {
    scrollToEnd();
    return;
  }
  const question = item.previousElementSibling;
  const anchor =
    question instanceof HTMLElement && question.dataset.role === 'user' ? question : item;
  scroller.scrollTo({ top: anchor.offsetTop - 12, behavior: reducedMotion ? 'auto' : 'smooth' });
}

/** @param {boolean} value */
function setBusy(value) {
  busy = value;
  stop.hidden = !value;
  send.hidden = value;
  updateSend();
}

function updateSend() {
  send.disabled = busy || input.value.trim() === '';
}

function showConversation() {
  empty.hidden = true;
}

/**
 * Streams one turn (a question, or the decision on a pending plan) into a new message.
 * @param {'chat' | 'resume'} kind
 * @param {{ question: string, threadId?: string } | { threadId: string, approve: boolean }} body
 * @param {string} [question]
 */
async function runTurn(kind, body, question) {
  setBusy(true);
  showConversation();
  if (question) list.append(userMessage(question));
  const message = assistantMessage({
    api,
    parts: partContext,
    threadId: () => threadId,
    retry: question ? () => ask(question) : undefined,
  });
  list.append(message.el);
  follow = true;
  scrollToEnd();
  const abort = new AbortController();
  controller = abort;
  /** @param {import('./types.js').AgentEvent} event */
  const onEvent = (event) => {
    if (event.type === 'final' && event.answer?.threadId) saveThread(event.answer.threadId);
    message.handle(event);
    if (!follow) return;
    if (event.type === 'final') requestAnimationFrame(() => revealAnswer(message.el));
    else scrollToEnd();
  };
  try {
    if (kind === 'chat')
      await api.chat(/** @type {{ question: string }} */ (body), onEvent, abort.signal);
    else
      await api.resume(
        /** @type {{ threadId: string, approve: boolean }} */ (body),
        onEvent,
        abort.signal,
      );
    if (!message.finished) message.fail('The answer was cut off. Try again.', 'interrupted');
  } catch (error) {
    if (abort.signal.aborted) message.fail('Stopped.', 'aborted');
    else {
      const err = /** @type {{ message?: string, code?: string }} */ (error);
      message.fail(err.message ?? 'Something went wrong.', err.code);
    }
  } finally {
    if (controller === abort) controller = undefined;
    setBusy(false);
  }
}

/** @param {string} text */
function ask(text) {
  const question = text.trim();
  if (!question || busy) return;
  input.value = '';
  autosize();
  runTurn('chat', threadId ? { question, threadId } : { question }, question);
}

function autosize() {
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 168)}px`;
  updateSend();
}

function newConversation() {
  controller?.abort();
  saveThread(undefined);
  list.replaceChildren();
  empty.hidden = false;
  input.focus();
}

async function openPlanner() {
  showConversation();
  const ws = await workspace();
  const item = h('li', {
    class: 'msg assistant tool',
    'data-testid': 'message',
    'data-role': 'tool',
  });
  if (!ws) {
    item.append(
      h(
        'div',
        { class: 'error-box', role: 'alert' },
        'The scenario planner needs a fitted model. Upload data first.',
      ),
    );
  } else {
    const card = scenarioCard({
      api,
      workspace,
      title: 'Scenario planner',
      reference: ws.reference,
      scenario: ws.reference,
      horizon: ws.horizon,
    });
    item.append(h('div', { class: 'bubble wide' }, card));
  }
  list.append(item);
  const heading = item.querySelector('h3');
  heading?.setAttribute('tabindex', '-1');
  item.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
  (heading ?? item).focus({ preventScroll: true });
}

async function restoreThread() {
  if (!threadId) return;
  try {
    const thread = await api.thread(threadId);
    if (!thread.messages?.length) return;
    showConversation();
    const ctx = { api, parts: partContext, threadId: () => threadId };
    for (const m of thread.messages) {
      list.append(m.role === 'user' ? userMessage(m.text) : historyMessage(m, ctx));
    }
    scroller.scrollTop = scroller.scrollHeight;
  } catch {
    saveThread(undefined);
  }
}

function closeEmbed() {
  window.parent.postMessage({ source: 'mixpilot', type: 'close' }, '*');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  ask(input.value);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    ask(input.value);
  }
});
input.addEventListener('input', autosize);
stop.addEventListener('click', () => controller?.abort());
for (const button of empty.querySelectorAll('[data-prompt]')) {
  button.addEventListener('click', () => ask(button.getAttribute('data-prompt') ?? ''));
}
$('new-btn').addEventListener('click', newConversation);
$('planner-btn').addEventListener('click', openPlanner);
const dialog = /** @type {HTMLDialogElement} */ ($('upload-dialog'));
$('upload-btn').addEventListener('click', () => dialog.showModal());
setupUpload(dialog, api, () => {
  workspacePromise = undefined;
});

list.addEventListener('click', (event) => {
  const link = /** @type {Element | null} */ (event.target)?.closest?.('a.cite');
  const target = link && document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  target.classList.remove('flash');
  void target.offsetWidth;
  target.classList.add('flash');
});

if (config.embed) {
  document.body.classList.add('embed');
  const close = $('close-btn');
  close.hidden = false;
  close.addEventListener('click', closeEmbed);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !dialog.open) closeEmbed();
  });
  window.addEventListener('message', (event) => {
    if (event.data?.source === 'mixpilot-host' && event.data.type === 'focus') input.focus();
  });
}
$('app-title').textContent = config.title;
document.title = config.title;
updateSend();
restoreThread();
