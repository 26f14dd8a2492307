import { Assistant } from '@slack/bolt';
import { truncate } from './mrkdwn';
import { cleanQuestion } from './question-text';
import type { SlackRuntime } from './slack-runtime';
import { describe, replyInThread } from './thread-reply';

/** Status shown in an assistant thread while the agent works. */
export const WORKING_STATUS = 'Crunching the model…';

/** Prompts offered when a user opens the MixPilot assistant pane. */
export const SUGGESTED_PROMPTS = [
  {
    title: 'What drives sales?',
    message: 'Which channels drove sales over the last quarter, and at what ROI?',
  },
  { title: 'Move budget', message: 'What if we move 20% of TV to social?' },
  {
    title: 'Best budget split',
    message: 'How should we split next quarter’s budget to maximise sales?',
  },
  { title: 'Saturation', message: 'Is search saturated? Show me its response curve.' },
];

/**
 * Slack's assistant threads: suggested prompts when a thread opens, then for each user message a
 * title (first question only), the "Crunching the model…" status and the answer in the thread.
 */
export function createMixPilotAssistant(runtime: SlackRuntime): Assistant {
  const { deps } = runtime;
  const bestEffort = async (what: string, call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (error) {
      deps.logger.debug(`slack: ${what} failed`, { error: describe(error) });
    }
  };
  return new Assistant({
    threadContextStore: { get: async () => ({}), save: async () => {} },
    threadStarted: async ({ say, setSuggestedPrompts }) => {
      await say(
        "Hi, I'm MixPilot. Ask me what drives your sales or what a budget change would do.",
      );
      await bestEffort('setSuggestedPrompts', () =>
        setSuggestedPrompts({ title: 'Try asking', prompts: SUGGESTED_PROMPTS }),
      );
    },
    threadContextChanged: async () => {},
    userMessage: async ({ message, client, context, setStatus, setTitle }) => {
      if (message.subtype !== undefined || message.bot_id || !message.thread_ts) return;
      const question = cleanQuestion(message.text ?? '', context.botUserId);
      if (!question) return;
      const key = {
        teamId: context.teamId ?? '',
        channel: message.channel,
        threadTs: message.thread_ts,
      };
      await replyInThread(
        runtime,
        client,
        key,
        ({ workspaceId, threadId }) =>
          deps.agent.answer({ workspaceId, ...(threadId ? { threadId } : {}), question }),
        {
          beforeRun: async ({ isNewThread }) => {
            if (isNewThread) await bestEffort('setTitle', () => setTitle(truncate(question, 80)));
            await bestEffort('setStatus', () => setStatus(WORKING_STATUS));
          },
        },
      );
    },
  });
}
