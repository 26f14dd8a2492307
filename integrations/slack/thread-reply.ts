import type { webApi } from '@slack/bolt';
import type { AgentEvent } from '../../agent';
import { collectTurn, politeError } from './agent-turn';
import { renderAnswerBlocks } from './answer-blocks';
import type { SlackThreadKey } from './slack-deps';
import { answerKey, type SlackRuntime } from './slack-runtime';

/** Runs one agent turn for a Slack thread. */
export type TurnRunner = (ids: {
  workspaceId: string;
  threadId: string | undefined;
}) => AsyncIterable<AgentEvent>;

/** Optional hooks around a turn (assistant threads set their title and status here). */
export interface ReplyHooks {
  beforeRun?: (info: { isNewThread: boolean }) => Promise<void>;
}

/**
 * Runs an agent turn for the Slack thread `key` and posts the answer (or a polite error) in that
 * thread. Links the Slack thread to the agent thread on the first answer so follow-ups continue
 * the same conversation. Turns of one Slack thread run in order. Never throws; failures are logged.
 */
export async function replyInThread(
  runtime: SlackRuntime,
  client: webApi.WebClient,
  key: SlackThreadKey,
  run: TurnRunner,
  hooks: ReplyHooks = {},
): Promise<void> {
  const lockKey = `${key.teamId}:${key.channel}:${key.threadTs}`;
  return runtime.serialize(lockKey, () => runTurn(runtime, client, key, run, hooks));
}

async function runTurn(
  runtime: SlackRuntime,
  client: webApi.WebClient,
  key: SlackThreadKey,
  run: TurnRunner,
  hooks: ReplyHooks,
): Promise<void> {
  const { deps } = runtime;
  const where = { teamId: key.teamId, channel: key.channel, threadTs: key.threadTs };
  try {
    const workspaceId = await deps.workspaceForTeam(key.teamId);
    const threadId = await deps.threadFor(key);
    await hooks.beforeRun?.({ isNewThread: threadId === undefined });
    const outcome = await collectTurn(run({ workspaceId, threadId }));
    if (!outcome.ok) {
      deps.logger.error('slack: agent turn failed', {
        ...where,
        code: outcome.code,
        message: outcome.message,
      });
      await postText(client, key, politeError(outcome.code, outcome.message));
      return;
    }
    const { answer } = outcome;
    if (answer.threadId !== threadId) await deps.saveThread(key, answer.threadId);
    const message = renderAnswerBlocks(answer, deps.publicUrl ? { publicUrl: deps.publicUrl } : {});
    const posted = await client.chat.postMessage({
      channel: key.channel,
      thread_ts: key.threadTs,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    if (posted.ts) runtime.answers.put(answerKey(posted.channel ?? key.channel, posted.ts), answer);
  } catch (error) {
    deps.logger.error('slack: could not answer in thread', { ...where, error: describe(error) });
    try {
      await postText(client, key, politeError('internal', ''));
    } catch (second) {
      deps.logger.error('slack: could not post the error message', {
        ...where,
        error: describe(second),
      });
    }
  }
}

async function postText(client: webApi.WebClient, key: SlackThreadKey, text: string) {
  await client.chat.postMessage({ channel: key.channel, thread_ts: key.threadTs, text });
}

/** One line describing an error for the logs, including Slack's `data.error` when present. */
export function describe(error: unknown): string {
  if (error instanceof Error) {
    const data = (error as Error & { data?: { error?: unknown } }).data;
    return data?.error ? `${error.message} (${String(data.error)})` : error.message;
  }
  return String(error);
}
