import type { AgentAnswer, ToolCallRecord } from '../../agent';
import type { SlackMessage } from './answer-blocks';
import { type Block, capBlocks, context, header, SLACK_LIMITS, section } from './block-kit';
import { escapeSlack, truncate } from './mrkdwn';

const MAX_ARGS_CHARS = 600;

/**
 * Renders the "Show details" view of an answer: each tool call with its arguments, outcome and
 * time, then the assumptions, explanations and warnings the tools returned.
 */
export function renderDetailsBlocks(answer: AgentAnswer): SlackMessage {
  const calls = answer.toolCalls;
  const blocks: Block[] = [
    header('How MixPilot got this answer'),
    context(
      `Planner: *${escapeSlack(answer.provider)}*`,
      `${calls.length} tool call${calls.length === 1 ? '' : 's'}`,
      `Thread \`${escapeSlack(answer.threadId)}\``,
    ),
  ];
  calls.forEach((call, i) => {
    blocks.push(section(toolCallText(call, i + 1)));
  });
  const notes = collectNotes(answer);
  if (notes.length > 0) {
    const lines = notes.map((n) => `• ${escapeSlack(n)}`).join('\n');
    blocks.push(section(truncate(`*Assumptions and notes*\n${lines}`, SLACK_LIMITS.text)));
  }
  if (calls.length === 0 && notes.length === 0) {
    blocks.push(section('_No tools were needed for this answer._'));
  }
  return { text: `Details: ${calls.length} tool calls`, blocks: capBlocks(blocks, 1) };
}

function toolCallText(call: ToolCallRecord, n: number): string {
  const outcome = call.error
    ? `:x: ${escapeSlack(call.error.code)}: ${escapeSlack(call.error.message)}`
    : ':white_check_mark: ok';
  const time = call.ms === undefined ? '' : ` · ${Math.round(call.ms)} ms`;
  const args = truncate(JSON.stringify(call.args), MAX_ARGS_CHARS);
  return `*${n}. ${escapeSlack(call.name)}* ${outcome}${time}\n\`\`\`${escapeSlack(args)}\`\`\``;
}

/** Strings under `assumptions`, `explanation` and `warnings` in tool results, plus notices. */
export function collectNotes(answer: AgentAnswer): string[] {
  const notes: string[] = [];
  for (const call of answer.toolCalls) {
    const result = call.result;
    if (typeof result !== 'object' || result === null) continue;
    for (const key of ['assumptions', 'explanation', 'warnings']) {
      const list: unknown = (result as Record<string, unknown>)[key];
      if (!Array.isArray(list)) continue;
      for (const item of list) if (typeof item === 'string') notes.push(item);
    }
  }
  for (const part of answer.parts) if (part.type === 'notice') notes.push(part.text);
  return [...new Set(notes)];
}
