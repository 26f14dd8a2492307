import type { types } from '@slack/bolt';
import { truncate } from './mrkdwn';

/** Slack's limits: text per section, elements per context block, blocks per message. */
export const SLACK_LIMITS = { text: 3000, contextElements: 10, blocks: 50, buttonValue: 2000 };

export type Block = types.KnownBlock;

/** Action ids of the buttons under an answer. */
export const ACTIONS = {
  approve: 'mixpilot_approve',
  decline: 'mixpilot_decline',
  details: 'mixpilot_details',
  helpful: 'mixpilot_helpful',
  notHelpful: 'mixpilot_not_helpful',
} as const;

/** What every answer button carries: the agent thread and, for approvals, the scenario. */
export interface ButtonValue {
  threadId: string;
  scenarioId?: string;
}

export function encodeButtonValue(value: ButtonValue): string {
  return JSON.stringify(
    value.scenarioId ? { t: value.threadId, s: value.scenarioId } : { t: value.threadId },
  );
}

/** Reads a button value back; undefined when it is not one of ours. */
export function decodeButtonValue(raw: string | undefined): ButtonValue | undefined {
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { t, s } = parsed as { t?: unknown; s?: unknown };
    if (typeof t !== 'string') return undefined;
    return typeof s === 'string' ? { threadId: t, scenarioId: s } : { threadId: t };
  } catch {
    return undefined;
  }
}

export function section(mrkdwn: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, SLACK_LIMITS.text) } };
}

export function context(...mrkdwn: string[]): Block {
  return {
    type: 'context',
    elements: mrkdwn
      .slice(0, SLACK_LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn' as const, text: truncate(text, SLACK_LIMITS.text) })),
  };
}

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, 150), emoji: true } };
}

export function button(
  text: string,
  actionId: string,
  value: string,
  style?: 'primary' | 'danger',
): types.Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text, emoji: true },
    value: value.slice(0, SLACK_LIMITS.buttonValue),
    ...(style ? { style } : {}),
  };
}

/** Splits long mrkdwn into section-sized pieces at paragraph or line breaks. */
export function splitText(text: string, max = SLACK_LIMITS.text): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = Math.max(rest.lastIndexOf('\n\n', max), rest.lastIndexOf('\n', max));
    const at = cut > max / 2 ? cut : max;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Keeps at most 50 blocks, always keeping the trailing `keepLast` blocks (context, buttons). */
export function capBlocks(blocks: Block[], keepLast: number): Block[] {
  if (blocks.length <= SLACK_LIMITS.blocks) return blocks;
  const tail = blocks.slice(blocks.length - keepLast);
  const head = blocks.slice(0, SLACK_LIMITS.blocks - keepLast - 1);
  return [...head, context('_Part of this answer was cut to fit Slack._'), ...tail];
}
