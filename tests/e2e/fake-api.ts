/**
 * A stand-in MixPilot server for browser checks of the web widget before (or without) the real
 * server: serves web/ statically and fakes the HTTP contract's chat (SSE and JSON), resume,
 * predict, workspace, datasets, feedback and thread routes with deterministic canned answers.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AgentAnswer, AgentEvent, AnswerPart } from '../../agent';
import { cannedAnswer, checkCsv, HORIZON, REFERENCE, whatIf } from './fake-answers';

/** A host page with hostile CSS, to check that the widget's bubble and panel stay intact. */
const EMBED_DEMO = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Acme intranet</title>
<style>* { font-family: Georgia, serif !important; } button { background: red !important; border-radius: 0 !important; } iframe { border: 8px solid lime; } body { margin: 40px; }</style></head>
<body><h1>Acme marketing intranet</h1><p>Quarterly planning notes.</p>
<script src="/widget.js" data-api-key="demo-key" data-title="MixPilot" async></script></body></html>`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

export interface FakeApi {
  url: string;
  /** Every API request seen: method, path, authorization header, JSON body when there was one. */
  requests: { method: string; path: string; auth?: string; body?: unknown }[];
  close(): Promise<void>;
}

/** Starts the fake on a free loopback port. `delayMs` spaces streamed events (default 30). */
export async function startFakeApi(
  options: { webRoot?: string; delayMs?: number; port?: number } = {},
): Promise<FakeApi> {
  const webRoot = options.webRoot ?? path.resolve(import.meta.dirname, '../../web');
  const delay = options.delayMs ?? 30;
  const threads = new Map<
    string,
    {
      role: 'user' | 'assistant';
      text: string;
      parts?: AnswerPart[];
      citations?: AgentAnswer['citations'];
    }[]
  >();
  const requests: FakeApi['requests'] = [];
  let counter = 0;

  const stream = async (res: ServerResponse, answer: AgentAnswer, steps: AgentEvent[]) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const send = async (e: AgentEvent) => {
      res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
      await new Promise((r) => setTimeout(r, delay));
    };
    res.write(': stream open\n\n');
    for (const e of steps) await send(e);
    for (const word of answer.answer.split(/(?<= )/)) await send({ type: 'token', text: word });
    await send({ type: 'final', answer });
    res.end();
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = url.pathname;
    try {
      if (!p.startsWith('/api/')) {
        if (p === '/embed-demo') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          return res.end(EMBED_DEMO);
        }
        const file = p === '/' ? 'index.html' : p === '/widget.js' ? 'widget.js' : p.slice(1);
        if (
          !(file === 'index.html' || file === 'widget.js' || file.startsWith('assets/')) ||
          file.includes('..')
        )
          return json(res, 404, { error: { code: 'not_found', message: 'Not found' } });
        const data = await readFile(path.join(webRoot, file));
        res.writeHead(200, {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        });
        return res.end(data);
      }
      const raw = await body(req);
      const parsed: unknown =
        req.headers['content-type']?.includes('json') && raw ? JSON.parse(raw) : undefined;
      requests.push({
        method: req.method ?? 'GET',
        path: p,
        ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
        ...(parsed === undefined ? {} : { body: parsed }),
      });
      const b = (parsed ?? {}) as Record<string, unknown>;
      if (p === '/api/chat' && req.method === 'POST') {
        const question = String(b.question ?? '');
        if (!question.trim())
          return json(res, 400, {
            error: {
              code: 'invalid_input',
              message: 'question: must not be empty',
              issues: [{ field: 'question', reason: 'must not be empty' }],
            },
          });
        const threadId = typeof b.threadId === 'string' ? b.threadId : `thr_${++counter}`;
        const answer = cannedAnswer(question, threadId);
        const history = threads.get(threadId) ?? [];
        history.push(
          { role: 'user', text: question },
          {
            role: 'assistant',
            text: answer.answer,
            parts: answer.parts,
            citations: answer.citations,
          },
        );
        threads.set(threadId, history);
        if (!req.headers.accept?.includes('text/event-stream')) return json(res, 200, answer);
        if (question.toLowerCase().includes('fail')) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.write(
            `event: status\ndata: ${JSON.stringify({ type: 'status', message: 'Reading the question…' })}\n\n`,
          );
          return res.end(
            `event: error\ndata: ${JSON.stringify({ type: 'error', code: 'upstream', message: 'The language model did not answer. Try again in a minute.' })}\n\n`,
          );
        }
        const tool = answer.pending
          ? 'optimize_budget'
          : answer.parts.some((x) => x.type === 'scenario')
            ? 'what_if'
            : 'get_contributions';
        return await stream(res, answer, [
          { type: 'status', message: 'Reading the question…' },
          { type: 'tool_start', id: 't1', name: tool, args: {} },
          { type: 'tool_end', id: 't1', name: tool, ok: true, ms: 184 },
          { type: 'tool_start', id: 't2', name: 'search_methodology', args: {} },
          { type: 'tool_end', id: 't2', name: 'search_methodology', ok: true, ms: 42 },
          { type: 'status', message: 'Writing the answer…' },
        ]);
      }
      if (p === '/api/chat/resume' && req.method === 'POST') {
        const threadId = String(b.threadId ?? '');
        const approved = b.approve === true;
        const answer: AgentAnswer = {
          answer: approved
            ? 'Done. The plan is saved as **Q3 optimal mix** and is now the reference plan.'
            : 'OK, the plan was not saved. The current plan stays in place.',
          parts: [],
          toolCalls: [],
          citations: [],
          threadId,
          provider: 'offline',
        };
        return await stream(res, answer, [
          { type: 'status', message: approved ? 'Saving the plan…' : 'Discarding the plan…' },
        ]);
      }
      if (p === '/api/predict' && req.method === 'POST')
        return json(res, 200, whatIf((b.allocation ?? REFERENCE) as Record<string, number>));
      if (p === '/api/workspace')
        return json(res, 200, {
          id: 'demo',
          name: 'Demo',
          activeDatasetId: 'ds_1',
          activeModelId: 'mdl_1',
          channels: Object.keys(REFERENCE).map((name) => ({
            name,
            label: name === 'tv' ? 'TV' : name[0]?.toUpperCase() + name.slice(1),
          })),
          frequency: 'weekly',
          kpi: 'sales',
          horizon: HORIZON,
          reference: REFERENCE,
        });
      if (p === '/api/feedback') return json(res, 201, { ok: true });
      if (p.startsWith('/api/threads/')) {
        const t = threads.get(decodeURIComponent(p.slice('/api/threads/'.length)));
        return t
          ? json(res, 200, { id: p.split('/').pop(), messages: t })
          : json(res, 404, { error: { code: 'not_found', message: 'No such conversation.' } });
      }
      if (p === '/api/datasets' && req.method === 'POST') {
        const csv = raw.includes('\r\n\r\n')
          ? ((raw.split('\r\n\r\n')[1] ?? '').split('\r\n--')[0] ?? '')
          : raw;
        const check = checkCsv(csv);
        if (check.issues.length)
          return json(res, 422, {
            error: {
              code: 'unprocessable',
              message: `The file has ${check.issues.length} problem${check.issues.length === 1 ? '' : 's'}; fix them and upload again.`,
              issues: check.issues,
            },
          });
        return json(res, 201, {
          id: 'ds_2',
          name: 'upload.csv',
          report: {
            schema: {
              date: 'date',
              kpi: check.header[1] ?? 'sales',
              kpiType: 'revenue',
              channels: check.header.slice(2),
              controls: [],
              events: [],
              frequency: 'weekly',
              groups: {},
            },
            periods: check.periods,
            start: '2023-01-02',
            end: '2024-12-30',
            ignored: [],
            warnings:
              check.periods < 52
                ? ['Fewer than 52 weeks of data: seasonality cannot be separated from media.']
                : [],
          },
        });
      }
      return json(res, 404, {
        error: { code: 'not_found', message: `No route ${req.method} ${p}` },
      });
    } catch (error) {
      return json(res, 500, {
        error: {
          code: 'internal',
          message: error instanceof Error ? error.message : 'internal error',
        },
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
