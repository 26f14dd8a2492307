import { stringify } from 'yaml';

/** A rated exchange to turn into a draft case. */
export interface FeedbackItem {
  question: string;
  answer: string;
  comment?: string;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'case'
  );
}

/**
 * Turns "not helpful" feedback into a draft suite (YAML): one case per item, tagged `draft` and
 * `feedback`, with the answer that was rated and the comment kept in `notes`, and the checks
 * every answer must pass (grounded numbers). An analyst adds the real expectations.
 */
export function feedbackToDraftCases(
  items: FeedbackItem[],
  options: { name?: string; dataset?: string } = {},
): string {
  const ids = new Set<string>();
  const cases = items.map((item, i) => {
    let id = `feedback-${slug(item.question)}`;
    if (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    const notes = [
      item.comment ? `Comment: ${item.comment}` : 'Rated not helpful (no comment).',
      `Answer given: ${item.answer}`,
    ].join('\n');
    return {
      id,
      tags: ['draft', 'feedback'],
      notes,
      question: item.question,
      expect: { grounded: true },
    };
  });
  const header = [
    '# Draft eval cases from answers rated "not helpful".',
    '# Add expectations to each case (tools, args, result checks, answer checks, citations)',
    '# and remove the `draft` tag once it checks what the answer should have been.',
  ].join('\n');
  const body = stringify(
    {
      name: options.name ?? 'feedback-drafts',
      defaults: { dataset: options.dataset ?? 'demo' },
      cases,
    },
    { lineWidth: 100 },
  );
  return `${header}\n${body}`;
}
