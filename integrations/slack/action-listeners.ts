import type { App, BlockAction, ButtonAction, webApi } from '@slack/bolt';
import { ACTIONS, type Block, type ButtonValue, context, decodeButtonValue } from './block-kit';
import { renderDetailsBlocks } from './details-blocks';
import { answerKey, type SlackRuntime } from './slack-runtime';
import { describe, replyInThread } from './thread-reply';

/** Where a button was clicked: the message under which it sits and who clicked. */
interface Click {
  teamId: string;
  channel: string;
  messageTs: string;
  threadTs: string;
  userId: string;
  value: ButtonValue;
  blocks: Block[];
}

function readClick(body: BlockAction<ButtonAction>, teamId: string | undefined): Click | undefined {
  const action = body.actions[0];
  const value = decodeButtonValue(action?.value);
  const channel = body.channel?.id ?? body.container.channel_id;
  const messageTs = body.message?.ts;
  if (!value || typeof channel !== 'string' || !messageTs) return undefined;
  const threadTs: unknown = body.message?.thread_ts;
  const blocks: unknown = body.message?.blocks;
  return {
    teamId: teamId ?? body.team?.id ?? '',
    channel,
    messageTs,
    threadTs: typeof threadTs === 'string' ? threadTs : messageTs,
    userId: body.user.id,
    value,
    blocks: Array.isArray(blocks) ? (blocks as Block[]) : [],
  };
}

/** Drops the approve/decline buttons of a message and notes the decision above the others. */
export function markDecided(blocks: Block[], note: string): Block[] {
  const decisionIds = new Set<string>([ACTIONS.approve, ACTIONS.decline]);
  return blocks.flatMap((block) => {
    if (block.type !== 'actions') return [block];
    const elements = block.elements.filter(
      (e) => !('action_id' in e && typeof e.action_id === 'string' && decisionIds.has(e.action_id)),
    );
    return [context(note), { ...block, elements }];
  });
}

/**
 * The buttons under an answer: approve/decline resume the agent's confirmation step (once per
 * plan), show details posts the tool trace privately, helpful/not helpful store feedback.
 */
export function registerActionListeners(app: App, runtime: SlackRuntime): void {
  const { deps } = runtime;
  const ephemeral = (client: webApi.WebClient, click: Click, text: string, blocks?: Block[]) =>
    client.chat.postEphemeral({
      channel: click.channel,
      user: click.userId,
      thread_ts: click.threadTs,
      text,
      ...(blocks ? { blocks } : {}),
    });

  const decide = (approve: boolean) =>
    app.action<BlockAction<ButtonAction>>(
      approve ? ACTIONS.approve : ACTIONS.decline,
      async ({ ack, body, client, context: ctx }) => {
        await ack();
        const click = readClick(body, ctx.teamId);
        if (!click) return;
        const { threadId, scenarioId } = click.value;
        if (!runtime.decided.add(`plan:${threadId}:${scenarioId ?? ''}`)) {
          await ephemeral(client, click, 'This plan has already been decided.');
          return;
        }
        const note = approve
          ? `:white_check_mark: Plan approved by <@${click.userId}>`
          : `:no_entry_sign: Plan declined by <@${click.userId}>`;
        try {
          const blocks = markDecided(click.blocks, note);
          await client.chat.update({
            channel: click.channel,
            ts: click.messageTs,
            text: note,
            blocks,
          });
        } catch (error) {
          deps.logger.warn('slack: could not update the approval message', {
            error: describe(error),
          });
        }
        const key = { teamId: click.teamId, channel: click.channel, threadTs: click.threadTs };
        await replyInThread(runtime, client, key, ({ workspaceId }) =>
          deps.agent.resume({ workspaceId, threadId, approve }),
        );
      },
    );
  decide(true);
  decide(false);

  app.action<BlockAction<ButtonAction>>(
    ACTIONS.details,
    async ({ ack, body, client, context: ctx }) => {
      await ack();
      const click = readClick(body, ctx.teamId);
      if (!click) return;
      const answer = runtime.answers.get(answerKey(click.channel, click.messageTs));
      if (!answer) {
        await ephemeral(
          client,
          click,
          'The details of this answer are no longer available. Ask again to see them.',
        );
        return;
      }
      const details = renderDetailsBlocks(answer);
      await ephemeral(client, click, details.text, details.blocks);
    },
  );

  const vote = (helpful: boolean) =>
    app.action<BlockAction<ButtonAction>>(
      helpful ? ACTIONS.helpful : ACTIONS.notHelpful,
      async ({ ack, body, client, context: ctx }) => {
        await ack();
        const click = readClick(body, ctx.teamId);
        if (!click) return;
        if (
          !runtime.decided.add(
            `vote:${click.channel}:${click.messageTs}:${click.userId}:${helpful}`,
          )
        ) {
          await ephemeral(client, click, 'Your feedback is already noted. Thank you!');
          return;
        }
        const answer = runtime.answers.get(answerKey(click.channel, click.messageTs));
        try {
          await deps.saveFeedback({
            workspaceId: await deps.workspaceForTeam(click.teamId),
            threadId: click.value.threadId,
            helpful,
            source: 'slack',
            userId: click.userId,
            ...(answer ? { answer: answer.answer } : {}),
          });
          await ephemeral(
            client,
            click,
            helpful ? 'Thanks, glad it helped!' : 'Thanks, noted. This helps us improve MixPilot.',
          );
        } catch (error) {
          deps.logger.error('slack: could not save feedback', { error: describe(error) });
          await ephemeral(
            client,
            click,
            "Sorry, I couldn't save your feedback. Please try again later.",
          );
        }
      },
    );
  vote(true);
  vote(false);
}
