import type { AgentAnswer, AnswerPart } from '../../agent';
import {
  ACTIONS,
  type Block,
  button,
  capBlocks,
  context,
  encodeButtonValue,
  SLACK_LIMITS,
  section,
  splitText,
} from './block-kit';
import { escapeSlack, toPlainText, toSlackMrkdwn, truncate } from './mrkdwn';
import { renderTextTable } from './text-table';

/** A Slack message: notification `text` plus Block Kit `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** The widget view of one answer's thread. */
export function widgetUrl(publicUrl: string, threadId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/?thread=${encodeURIComponent(threadId)}`;
}

/**
 * Renders an agent answer as a Slack message: the answer text, a plan awaiting approval, tables as
 * aligned monospace blocks, notices, a link to the charts in the widget (when `publicUrl` is set),
 * a context line with the citations, and the buttons (approve/decline only when pending).
 */
export function renderAnswerBlocks(
  answer: AgentAnswer,
  options: { publicUrl?: string } = {},
): SlackMessage {
  const body: Block[] = splitText(toSlackMrkdwn(answer.answer || '…')).map(section);
  if (answer.pending) {
    body.push(
      section(
        `:raised_hand: *Plan awaiting your approval:* ${escapeSlack(answer.pending.summary)}`,
      ),
    );
  }
  for (const part of answer.parts) {
    const block = renderPart(part);
    if (block) body.push(block);
  }
  const charts = answer.parts.filter((p) => p.type === 'chart');
  if (charts.length > 0 && options.publicUrl) {
    const url = widgetUrl(options.publicUrl, answer.threadId);
    const titles = charts.map((c) => escapeSlack(c.title).replace(/\|/g, '/')).join(', ');
    body.push(
      context(
        `:chart_with_upwards_trend: <${url}|Open the chart${charts.length > 1 ? 's' : ''} in MixPilot>: ${titles}`,
      ),
    );
  }
  const tail: Block[] = [];
  if (answer.citations.length > 0) tail.push(citationContext(answer));
  tail.push(actionsBlock(answer));
  return {
    text: truncate(toPlainText(answer.answer || 'MixPilot answered.'), SLACK_LIMITS.text),
    blocks: capBlocks([...body, ...tail], tail.length),
  };
}

function renderPart(part: AnswerPart): Block | undefined {
  switch (part.type) {
    case 'table': {
      const title = `*${escapeSlack(part.title)}*\n`;
      const table = renderTextTable(part.columns, part.rows, SLACK_LIMITS.text - title.length - 8);
      return section(`${title}\`\`\`${escapeSlack(table)}\`\`\``);
    }
    case 'notice':
      return context(
        `${part.level === 'warning' ? ':warning:' : ':information_source:'} ${escapeSlack(part.text)}`,
      );
    default:
      return undefined;
  }
}

function citationContext(answer: AgentAnswer): Block {
  const items = answer.citations.map((c, i) => {
    const title = c.section ? `${c.title} › ${c.section}` : c.title;
    return `[${i + 1}] ${escapeSlack(title)}`;
  });
  return context(truncate(`:books: *Sources:* ${items.join('  ·  ')}`, SLACK_LIMITS.text));
}

function actionsBlock(answer: AgentAnswer): Block {
  const value = encodeButtonValue({ threadId: answer.threadId });
  const elements = [];
  if (answer.pending) {
    const pendingValue = encodeButtonValue({
      threadId: answer.threadId,
      scenarioId: answer.pending.scenarioId,
    });
    elements.push(button('Approve plan', ACTIONS.approve, pendingValue, 'primary'));
    elements.push(button('Decline', ACTIONS.decline, pendingValue));
  }
  elements.push(button('Show details', ACTIONS.details, value));
  elements.push(button(':thumbsup: Helpful', ACTIONS.helpful, value));
  elements.push(button(':thumbsdown: Not helpful', ACTIONS.notHelpful, value));
  return { type: 'actions', block_id: 'mixpilot_actions', elements };
}
