import type { App } from '@slack/bolt';
import { escapeSlack } from './mrkdwn';
import { cleanQuestion } from './question-text';
import type { SlackRuntime } from './slack-runtime';
import { describe, replyInThread } from './thread-reply';

const USAGE =
  'Ask me about your marketing mix, e.g. `/mixpilot what if we move 20% of TV to social?`';

/**
 * Channel mentions, top-level direct messages and the slash command. Each reply goes in the
 * thread of the question; a slash command first posts the question so its answer has a thread.
 */
export function registerMessageListeners(app: App, runtime: SlackRuntime, command: string): void {
  const { deps } = runtime;

  app.event('app_mention', async ({ event, client, context }) => {
    if (event.bot_id || event.subtype) return;
    const question = cleanQuestion(event.text, context.botUserId);
    const key = {
      teamId: context.teamId ?? '',
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
    };
    if (!question) {
      await client.chat.postMessage({ channel: key.channel, thread_ts: key.threadTs, text: USAGE });
      return;
    }
    await replyInThread(runtime, client, key, ({ workspaceId, threadId }) =>
      deps.agent.answer({ workspaceId, ...(threadId ? { threadId } : {}), question }),
    );
  });

  app.message(async ({ message, client, context }) => {
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id) return;
    const question = cleanQuestion(message.text ?? '', context.botUserId);
    if (!question) return;
    const key = {
      teamId: context.teamId ?? '',
      channel: message.channel,
      threadTs: message.thread_ts ?? message.ts,
    };
    await replyInThread(runtime, client, key, ({ workspaceId, threadId }) =>
      deps.agent.answer({ workspaceId, ...(threadId ? { threadId } : {}), question }),
    );
  });

  app.command(command, async ({ command: cmd, ack, client, respond, context }) => {
    const question = cleanQuestion(cmd.text, context.botUserId);
    if (!question) {
      await ack({ response_type: 'ephemeral', text: USAGE });
      return;
    }
    await ack();
    const teamId = context.teamId ?? cmd.team_id;
    let threadTs: string | undefined;
    let channel = cmd.channel_id;
    try {
      const posted = await client.chat.postMessage({
        channel,
        text: `<@${cmd.user_id}> asked: ${escapeSlack(question)}`,
      });
      threadTs = posted.ts;
      channel = posted.channel ?? channel;
    } catch (error) {
      deps.logger.warn('slack: could not post the slash command question', {
        channel,
        error: describe(error),
      });
    }
    if (!threadTs) {
      await respond({
        response_type: 'ephemeral',
        text: "I can't post in this conversation yet. Invite me with `/invite @MixPilot`, or ask me in a direct message.",
      });
      return;
    }
    await replyInThread(
      runtime,
      client,
      { teamId, channel, threadTs },
      ({ workspaceId, threadId }) =>
        deps.agent.answer({ workspaceId, ...(threadId ? { threadId } : {}), question }),
    );
  });
}
