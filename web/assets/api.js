/**
 * The widget's HTTP client for the MixPilot API (see team HTTP contract). Sends
 * `Authorization: Bearer <key>` when a key is known; streams chat turns over SSE.
 */

import { readSseStream } from './sse.js';

/** @typedef {{ field: string, reason: string, row?: number, line?: number }} FieldIssue */

/** An API failure with the server's code, one-line message and per-field issues. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {FieldIssue[]} [issues]
   */
  constructor(status, code, message, issues = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

const FALLBACK = /** @type {Record<number, string>} */ ({
  401: 'Your API key was not accepted. Check the key and try again.',
  403: 'This key cannot do that in this workspace.',
  404: 'Not found.',
  413: 'That is too large to upload.',
  429: 'Too many requests. Wait a moment and try again.',
});

/**
 * Builds an ApiError from a failed response, reading the JSON error body when there is one.
 * @param {Response} res
 * @returns {Promise<ApiError>}
 */
export async function toApiError(res) {
  /** @type {unknown} */
  let body;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  /** @type {{ error?: { code?: string, message?: string, issues?: FieldIssue[] } } | undefined} */
  const parsed = body && typeof body === 'object' ? body : undefined;
  const err = parsed?.error;
  const message =
    err?.message || FALLBACK[res.status] || `The server answered ${res.status}. Try again.`;
  return new ApiError(res.status, err?.code ?? 'http_error', message, err?.issues ?? []);
}

/**
 * @typedef {import('./types.js').AgentEvent} AgentEvent
 */

/**
 * @param {{ base?: string, key?: string, fetchImpl?: typeof fetch }} options
 */
export function createApi({ base = '', key, fetchImpl = (...a) => fetch(...a) }) {
  /** @param {Record<string, string>} extra */
  const headers = (extra = {}) => (key ? { ...extra, Authorization: `Bearer ${key}` } : extra);

  /**
   * @param {string} path
   * @param {RequestInit} init
   */
  async function send(path, init) {
    let res;
    try {
      res = await fetchImpl(base + path, init);
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, 'network', 'Could not reach MixPilot. Check your connection.');
    }
    if (!res.ok) throw await toApiError(res);
    return res;
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @param {AbortSignal} [signal]
   */
  async function json(method, path, body, signal) {
    /** @type {RequestInit} */
    const init = { method, headers: headers({ Accept: 'application/json' }) };
    if (signal) init.signal = signal;
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = headers({ Accept: 'application/json', 'Content-Type': 'application/json' });
    }
    const res = await send(path, init);
    return res.status === 204 ? undefined : res.json();
  }

  /**
   * POSTs and streams AgentEvents; a plain JSON answer is passed on as one `final` event.
   * @param {string} path
   * @param {unknown} body
   * @param {(event: AgentEvent) => void} onEvent
   * @param {AbortSignal} [signal]
   */
  async function stream(path, body, onEvent, signal) {
    /** @type {RequestInit} */
    const init = {
      method: 'POST',
      headers: headers({ Accept: 'text/event-stream', 'Content-Type': 'application/json' }),
      body: JSON.stringify(body),
    };
    if (signal) init.signal = signal;
    const res = await send(path, init);
    const type = res.headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      onEvent({ type: 'final', answer: await res.json() });
      return;
    }
    if (!res.body) throw new ApiError(res.status, 'empty', 'The server sent an empty answer.');
    await readSseStream(
      res.body,
      (message) => {
        try {
          const event = JSON.parse(message.data);
          if (event && typeof event === 'object' && typeof event.type === 'string') onEvent(event);
        } catch {
          /* a malformed event is skipped; the turn ends with final or error */
        }
      },
      signal,
    );
  }

  return {
    /**
     * @param {{ question: string, threadId?: string }} body
     * @param {(event: AgentEvent) => void} onEvent
     * @param {AbortSignal} [signal]
     */
    chat: (body, onEvent, signal) => stream('/api/chat', body, onEvent, signal),
    /**
     * @param {{ threadId: string, approve: boolean }} body
     * @param {(event: AgentEvent) => void} onEvent
     * @param {AbortSignal} [signal]
     */
    resume: (body, onEvent, signal) => stream('/api/chat/resume', body, onEvent, signal),
    /**
     * @param {Record<string, number>} allocation
     * @param {number | undefined} horizon periods
     * @param {AbortSignal} [signal]
     * @param {import('./types.js').Flighting} [flighting] channels laid out evenly ('even') or in bursts ('bursts')
     * @returns {Promise<import('./types.js').WhatIfResult>}
     */
    predict: (allocation, horizon, signal, flighting) =>
      json(
        'POST',
        '/api/predict',
        {
          allocation,
          ...(horizon ? { horizon } : {}),
          ...(flighting && Object.keys(flighting).length > 0 ? { flighting } : {}),
        },
        signal,
      ),
    /** @returns {Promise<import('./types.js').Workspace>} */
    workspace: () => json('GET', '/api/workspace'),
    /**
     * @param {string} id
     * @returns {Promise<import('./types.js').Thread>}
     */
    thread: (id) => json('GET', `/api/threads/${encodeURIComponent(id)}`),
    /** @param {{ threadId: string, messageIndex?: number, helpful: boolean, comment?: string }} body */
    feedback: (body) => json('POST', '/api/feedback', body),
    /**
     * @param {File} file
     * @returns {Promise<{ id: string, name: string, report: import('./types.js').ValidationReport }>}
     */
    async uploadDataset(file) {
      const form = new FormData();
      form.append('file', file, file.name);
      const res = await send('/api/datasets', {
        method: 'POST',
        headers: headers({ Accept: 'application/json' }),
        body: form,
      });
      return res.json();
    },
  };
}

/** @typedef {ReturnType<typeof createApi>} Api */
