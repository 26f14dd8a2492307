/**
 * Test doubles for the Slack integration: a scripted agent, signed Slack requests and an msw
 * stand-in for the Slack Web API that records every call. Used by the *.test.ts files only.
 */
import { HttpResponse, http } from 'msw';
import type { AgentEvent, AgentService, AnswerInput, ResumeInput } from '../../agent';
import { signSlackBody } from './verify-signature';

/** An AgentService that replays scripted events and records its inputs. */
export interface FakeAgent extends AgentService {
  answers: AnswerInput[];
  resumes: ResumeInput[];
}

export function fakeAgent(script: {
  answer: (input: AnswerInput) => AgentEvent[];
  resume?: (input: ResumeInput) => AgentEvent[];
}): FakeAgent {
  const answers: AnswerInput[] = [];
  const resumes: ResumeInput[] = [];
  async function* replay(events: AgentEvent[]) {
    for (const event of events) yield event;
  }
  return {
    answers,
    resumes,
    answer: (input) => {
      answers.push(input);
      return replay(script.answer(input));
    },
    resume: (input) => {
      resumes.push(input);
      return replay(script.resume?.(input) ?? []);
    },
  };
}

/** One recorded Slack Web API call: method name and its decoded arguments. */
export interface SlackApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The `ts` Slack returned for a posted message. */
  ts?: string;
}

const JSON_FIELDS = new Set(['blocks', 'prompts', 'attachments', 'metadata']);

/** msw handlers answering `https://slack.com/api/*` like Slack does, recording into `calls`. */
export function slackApiHandlers(calls: SlackApiCall[], bot = { userId: 'UBOT', botId: 'BBOT' }) {
  let counter = 0;
  return [
    http.post('https://slack.com/api/:method', async ({ request, params }) => {
      const method = String(params.method);
      const form = new URLSearchParams(await request.text());
      const args: Record<string, unknown> = {};
      for (const [k, v] of form) args[k] = JSON_FIELDS.has(k) ? JSON.parse(v) : v;
      counter += 1;
      const ts = `1700000100.${String(counter).padStart(6, '0')}`;
      calls.push(method === 'chat.postMessage' ? { method, args, ts } : { method, args });
      switch (method) {
        case 'auth.test':
          return HttpResponse.json({
            ok: true,
            url: 'https://acme.slack.com/',
            team: 'Acme',
            user: 'mixpilot',
            team_id: 'T1',
            user_id: bot.userId,
            bot_id: bot.botId,
          });
        case 'chat.postMessage':
          return HttpResponse.json({
            ok: true,
            channel: args.channel,
            ts,
            message: { type: 'message', user: bot.userId, bot_id: bot.botId, text: args.text, ts },
          });
        case 'chat.postEphemeral':
          return HttpResponse.json({ ok: true, message_ts: ts });
        case 'chat.update':
          return HttpResponse.json({
            ok: true,
            channel: args.channel,
            ts: args.ts,
            text: args.text,
          });
        case 'assistant.threads.setStatus':
        case 'assistant.threads.setTitle':
        case 'assistant.threads.setSuggestedPrompts':
          return HttpResponse.json({ ok: true });
        default:
          return HttpResponse.json({ ok: false, error: 'unknown_method' });
      }
    }),
  ];
}

/** Request init for a Slack-signed POST (JSON for events, form for commands and actions). */
export function signedInit(
  secret: string,
  body: string,
  options: { form?: boolean; timestamp?: number; headers?: Record<string, string> } = {},
): RequestInit {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return {
    method: 'POST',
    body,
    headers: {
      'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signSlackBody(secret, timestamp, body),
      ...options.headers,
    },
  };
}

/** An Events API envelope around `event`, as Slack posts it. */
export function eventEnvelope(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [
      { team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  });
}
