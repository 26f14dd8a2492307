import { describe, expect, it } from 'vitest';
import type { AgentAnswer, AnswerPart } from '../../agent';
import { renderAnswerBlocks, widgetUrl } from './answer-blocks';
import { decodeButtonValue } from './block-kit';

const base: AgentAnswer = {
  answer: 'TV drove **41%** of sales [1].',
  parts: [],
  toolCalls: [],
  citations: [{ id: 'adstock', title: 'Adstock' }],
  threadId: 'thr-1',
  provider: 'offline',
};

const texts = (blocks: ReturnType<typeof renderAnswerBlocks>['blocks']) =>
  blocks.flatMap((b) => {
    if (b.type === 'section') return [b.text?.text ?? ''];
    if (b.type === 'context') return b.elements.map((e) => ('text' in e ? e.text : ''));
    return [];
  });

describe('renderAnswerBlocks', () => {
  it('keeps a plain-text fallback for notifications', () => {
    expect(renderAnswerBlocks(base).text).toBe('TV drove 41% of sales [1].');
  });

  it('offers no approval buttons when nothing is pending', () => {
    const last = renderAnswerBlocks(base).blocks.at(-1);
    expect(last?.type).toBe('actions');
    const ids = last?.type === 'actions' ? last.elements.map((e) => e.action_id) : [];
    expect(ids).toEqual(['mixpilot_details', 'mixpilot_helpful', 'mixpilot_not_helpful']);
  });

  it('carries the thread and scenario in the approve button value', () => {
    const pending = { kind: 'approve_plan' as const, scenarioId: 'sc-1', summary: 'Shift' };
    const last = renderAnswerBlocks({ ...base, pending }).blocks.at(-1);
    const approve = last?.type === 'actions' ? last.elements[0] : undefined;
    const value = approve && 'value' in approve ? approve.value : undefined;
    expect(decodeButtonValue(value)).toEqual({ threadId: 'thr-1', scenarioId: 'sc-1' });
  });

  it('links charts only when the widget has a public URL', () => {
    const chart: AnswerPart = {
      type: 'chart',
      kind: 'response_curve',
      title: 'Search response',
      xLabel: 'spend',
      yLabel: 'sales',
      series: [],
    };
    const withUrl = texts(
      renderAnswerBlocks({ ...base, parts: [chart] }, { publicUrl: 'https://m.io' }).blocks,
    );
    expect(withUrl.join('\n')).toContain('<https://m.io/?thread=thr-1|Open the chart in MixPilot>');
    const without = texts(renderAnswerBlocks({ ...base, parts: [chart] }).blocks);
    expect(without.join('\n')).not.toContain('Open the chart');
  });

  it('stays within Slack limits for long answers and many large tables', () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`channel_${i}`, i * 1234.5, i / 7]);
    const table: AnswerPart = {
      type: 'table',
      title: 'Channels',
      columns: ['channel', 'spend', 'roi'],
      rows,
    };
    const answer: AgentAnswer = {
      ...base,
      answer: Array.from({ length: 200 }, (_, i) => `Paragraph ${i} about **spend** [1].`).join(
        '\n\n',
      ),
      parts: Array.from({ length: 60 }, () => table),
      citations: Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, title: `Document ${i}` })),
    };
    const { blocks } = renderAnswerBlocks(answer);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocks.at(-1)?.type).toBe('actions');
    for (const text of texts(blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    const tableText = texts(blocks).find((t) => t.startsWith('*Channels*')) ?? '';
    expect(tableText).toMatch(/… \d+ more rows```$/);
  });

  it('builds the widget URL without doubled slashes and with an encoded thread id', () => {
    expect(widgetUrl('https://m.io/', 'a b')).toBe('https://m.io/?thread=a%20b');
  });
});
