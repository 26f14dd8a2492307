import { describe, expect, it } from 'vitest';
import { createSseParser, readSseStream } from './assets/sse.js';

type Msg = { event: string; data: string; id?: string };

function parseChunks(chunks: string[]): Msg[] {
  const out: Msg[] = [];
  const parser = createSseParser((m: Msg) => out.push(m));
  for (const c of chunks) parser.push(c);
  parser.end();
  return out;
}

describe('createSseParser', () => {
  it('parses named events with JSON data', () => {
    const msgs = parseChunks(['event: status\ndata: {"type":"status","message":"Hi"}\n\n']);
    expect(msgs).toEqual([{ event: 'status', data: '{"type":"status","message":"Hi"}' }]);
  });

  it('reassembles an event split at every possible chunk boundary', () => {
    const stream = 'event: token\ndata: {"text":"a b"}\n\nevent: final\r\ndata: x\r\n\r\n';
    for (let cut = 1; cut < stream.length; cut++) {
      const msgs = parseChunks([stream.slice(0, cut), stream.slice(cut)]);
      expect(msgs, `cut at ${cut}`).toEqual([
        { event: 'token', data: '{"text":"a b"}' },
        { event: 'final', data: 'x' },
      ]);
    }
  });

  it('handles one character per chunk', () => {
    const stream = 'data: one\n\ndata: two\n\n';
    expect(parseChunks([...stream]).map((m) => m.data)).toEqual(['one', 'two']);
  });

  it('joins multi-line data with newlines', () => {
    const msgs = parseChunks(['data: line 1\ndata: line 2\ndata:\ndata:  indented\n\n']);
    expect(msgs[0]?.data).toBe('line 1\nline 2\n\n indented');
    expect(msgs[0]?.event).toBe('message');
  });

  it('ignores comment lines and events without data', () => {
    const msgs = parseChunks([': keep-alive\n\n', 'event: ping\n\n', ':x\ndata: real\n\n']);
    expect(msgs).toEqual([{ event: 'message', data: 'real' }]);
  });

  it('accepts CR-only line endings and a leading byte-order mark', () => {
    const msgs = parseChunks(['\uFEFFevent: a\rdata: 1\r\r', 'data: 2\r', '\r']);
    expect(msgs).toEqual([
      { event: 'a', data: '1' },
      { event: 'message', data: '2' },
    ]);
  });

  it('keeps the last event id', () => {
    const msgs = parseChunks(['id: 7\ndata: a\n\ndata: b\n\n']);
    expect(msgs.map((m) => m.id)).toEqual(['7', '7']);
  });

  it('flushes a final event that lacks the terminating blank line', () => {
    expect(parseChunks(['event: final\ndata: {"ok":true}'])).toEqual([
      { event: 'final', data: '{"ok":true}' },
    ]);
  });

  it('does not treat a colon inside data as a field separator', () => {
    expect(parseChunks(['data: {"a":"b: c"}\n\n'])[0]?.data).toBe('{"a":"b: c"}');
  });
});

describe('readSseStream', () => {
  it('decodes UTF-8 split across byte chunks', async () => {
    const bytes = new TextEncoder().encode('data: café ✓\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    const out: Msg[] = [];
    await readSseStream(body, (m: Msg) => out.push(m));
    expect(out).toEqual([{ event: 'message', data: 'café ✓' }]);
  });
});
