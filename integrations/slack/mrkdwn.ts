/** Escapes the three characters Slack treats as control characters in message text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const PLACEHOLDER = '\u0000';

/**
 * Converts the agent's light markdown to Slack mrkdwn: `**bold**` → `*bold*`, `*it*`/`_it_` →
 * `_it_`, `[text](url)` → `<url|text>`, headings → bold lines, `- item` → `• item`. `[n]`
 * citations, inline code and code fences are kept; `&`, `<`, `>` are escaped.
 */
export function toSlackMrkdwn(markdown: string): string {
  const kept: string[] = [];
  const keep = (s: string) => {
    kept.push(s);
    return `${PLACEHOLDER}${kept.length - 1}${PLACEHOLDER}`;
  };
  let text = markdown.replace(/\r\n/g, '\n');
  text = text.replace(/```[\s\S]*?```/g, (block) => keep(escapeSlack(block)));
  text = text.replace(/`[^`\n]+`/g, (code) => keep(escapeSlack(code)));
  text = text.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_m, label: string, url: string) =>
    keep(`<${url.replace(/[|>]/g, encodeURIComponent)}|${escapeSlack(label).replace(/\|/g, '/')}>`),
  );
  text = escapeSlack(text);
  text = text.replace(/^#{1,6}\s+(.+?)\s*#*$/gm, (_m, title: string) => `**${title}**`);
  text = text.replace(/^(\s*)[-*+]\s+/gm, '$1• ');
  text = text.replace(/(^|[^*])\*(?!\s)([^*\n]+?)\*(?!\*)/g, '$1_$2_');
  text = text.replace(/\*\*(?!\s)([^\n]+?)\*\*/g, '*$1*');
  text = text.replace(/__(?!\s)([^\n]+?)__/g, '*$1*');
  text = text.replace(/~~([^\n]+?)~~/g, '~$1~');
  return text.replace(new RegExp(`${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'), (_m, i: string) => {
    return kept[Number(i)] ?? '';
  });
}

/** Markdown reduced to plain text, for notification fallbacks. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, '$1 ($2)')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/^#{1,6}\s+/gm, '');
}

/** Cuts `text` to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
