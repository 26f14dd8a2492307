import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import { ReceiverMultipleAckError } from '@slack/bolt';
import type { SlackLogger } from './slack-deps';
import { verifySlackSignature } from './verify-signature';

const MAX_BODY_BYTES = 1_000_000;
const ACK_DEADLINE_MS = 2_500;

/** Options of the receiver; `now` is injectable for signature-age tests. */
export interface HonoSlackReceiverOptions {
  signingSecret: string;
  logger: SlackLogger;
  now?: () => number;
}

type Parsed = { ok: true; body: Record<string, unknown> } | { ok: false };

/**
 * A Bolt receiver fed by Hono (or any fetch-style) requests. It verifies the signature, answers
 * `url_verification` and `ssl_check`, and returns the HTTP response as soon as the listener acks
 * (events are acked by Bolt before listeners run), while the listener's work continues. `drain()`
 * resolves when all work started so far has finished.
 */
export class HonoSlackReceiver implements Receiver {
  private app: App | undefined;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: HonoSlackReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<this> {
    return this;
  }

  async stop(): Promise<void> {
    await this.drain();
  }

  /** Resolves once every event received so far has been fully processed (or failed). */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Handles one POST from Slack (its exact body text and headers) and returns the response. */
  async handle(rawBody: string, headers: Headers): Promise<Response> {
    const { logger } = this.options;
    if (Buffer.byteLength(rawBody) > MAX_BODY_BYTES) return new Response('', { status: 413 });
    const parsed = parseBody(rawBody, headers.get('content-type') ?? '');
    if (parsed.ok && parsed.body.ssl_check !== undefined) return new Response('', { status: 200 });
    const check = verifySlackSignature({
      signingSecret: this.options.signingSecret,
      rawBody,
      timestamp: headers.get('x-slack-request-timestamp'),
      signature: headers.get('x-slack-signature'),
      nowMs: (this.options.now ?? Date.now)(),
    });
    if (!check.ok) {
      logger.warn('slack: rejected a request', { reason: check.reason });
      return Response.json({ error: 'invalid_signature' }, { status: 401 });
    }
    if (!parsed.ok) return Response.json({ error: 'invalid_body' }, { status: 400 });
    const { body } = parsed;
    if (body.type === 'url_verification') return Response.json({ challenge: body.challenge });
    if (!this.app) return Response.json({ error: 'not_ready' }, { status: 503 });
    return this.dispatch(this.app, body, headers);
  }

  private async dispatch(app: App, body: Record<string, unknown>, headers: Headers) {
    let acked = false;
    let resolveAck: (response: unknown) => void = () => {};
    const ackPromise = new Promise<{ response: unknown }>((resolve) => {
      resolveAck = (response) => resolve({ response });
    });
    const retryNum = headers.get('x-slack-retry-num');
    const retryReason = headers.get('x-slack-retry-reason');
    const event: ReceiverEvent = {
      body,
      ack: async (response?: unknown) => {
        if (acked) throw new ReceiverMultipleAckError();
        acked = true;
        resolveAck(response);
      },
      ...(retryNum === null ? {} : { retryNum: Number(retryNum) }),
      ...(retryReason === null ? {} : { retryReason }),
    };
    const work: Promise<void> = app
      .processEvent(event)
      .catch((error: unknown) => {
        this.options.logger.error('slack: an event failed', { error: String(error) });
      })
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ACK_DEADLINE_MS);
      timer.unref();
    });
    const outcome = await Promise.race([ackPromise, work.then(() => 'done' as const), deadline]);
    clearTimeout(timer);
    if (typeof outcome === 'object') return ackResponse(outcome.response);
    if (outcome === 'late') this.options.logger.warn('slack: no ack within the deadline');
    return new Response('', { status: 200 });
  }
}

function ackResponse(response: unknown): Response {
  if (response === undefined || response === null || response === '') {
    return new Response('', { status: 200 });
  }
  if (typeof response === 'string') return new Response(response, { status: 200 });
  return Response.json(response);
}

function parseBody(rawBody: string, contentType: string): Parsed {
  try {
    if (contentType.includes('application/x-www-form-urlencoded')) {
      const params = new URLSearchParams(rawBody);
      const payload = params.get('payload');
      if (payload !== null) return asObject(JSON.parse(payload));
      return { ok: true, body: Object.fromEntries(params) };
    }
    return asObject(JSON.parse(rawBody));
  } catch {
    return { ok: false };
  }
}

function asObject(value: unknown): Parsed {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ok: true, body: value as Record<string, unknown> }
    : { ok: false };
}
