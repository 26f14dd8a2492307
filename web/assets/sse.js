/**
 * Server-sent-event parsing for `fetch` responses (EventSource cannot POST).
 * Follows the WHATWG event-stream rules: `event:`/`data:`/`id:` fields, multi-line data joined
 * with `\n`, `:` comment lines ignored, events dispatched on a blank line, any line ending.
 */

/**
 * @typedef {{ event: string, data: string, id?: string }} SseMessage
 */

/**
 * Creates an incremental parser; feed it decoded text chunks split anywhere.
 * `end()` flushes a last event that the server did not terminate with a blank line.
 * @param {(message: SseMessage) => void} onMessage
 * @returns {{ push: (chunk: string) => void, end: () => void }}
 */
export function createSseParser(onMessage) {
  let buffer = '';
  let started = false;
  let eventName = '';
  /** @type {string[]} */
  let dataLines = [];
  /** @type {string | undefined} */
  let lastId;

  function dispatch() {
    if (dataLines.length > 0) {
      /** @type {SseMessage} */
      const message = { event: eventName || 'message', data: dataLines.join('\n') };
      if (lastId !== undefined) message.id = lastId;
      onMessage(message);
    }
    eventName = '';
    dataLines = [];
  }

  /** @param {string} line */
  function processLine(line) {
    if (line === '') {
      dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') dataLines.push(value);
    else if (field === 'id' && !value.includes('\0')) lastId = value;
  }

  return {
    push(chunk) {
      buffer += chunk;
      if (!started && buffer.length > 0) {
        started = true;
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      }
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const ch = buffer[i];
        if (ch !== '\n' && ch !== '\r') continue;
        if (ch === '\r' && i === buffer.length - 1) break;
        processLine(buffer.slice(start, i));
        if (ch === '\r' && buffer[i + 1] === '\n') i++;
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
    end() {
      if (buffer.length > 0) processLine(buffer.replace(/\r$/, ''));
      buffer = '';
      dispatch();
    },
  };
}

/**
 * Reads a byte stream (a `fetch` body) to the end, calling `onMessage` for each event.
 * @param {ReadableStream<Uint8Array>} body
 * @param {(message: SseMessage) => void} onMessage
 * @param {AbortSignal} [signal]
 * @returns {Promise<void>}
 */
export async function readSseStream(body, onMessage, signal) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser(onMessage);
  const onAbort = () => {
    reader.cancel().catch(() => {});
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode());
    parser.end();
  } finally {
    signal?.removeEventListener('abort', onAbort);
    reader.releaseLock();
  }
}
