/**
 * Chat markup that carries no meaning for the planner: Slack and Markdown emphasis around a word
 * ("*halve*", "_really_", "~maybe~") and emoji shortcodes (":thinking_face:", ":+1:").
 */
const EMPHASIS = /(^|[\s(])([*_~]{1,2})(?=\S)([^*_~\n]+?)\2(?=[\s.,;:!?)]|$)/g;
const SHORTCODE = /(^|\s):[a-z+][a-z0-9_+-]*:(?=\s|$|[.,!?])/g;

/** The message without emphasis marks and emoji shortcodes (the words themselves stay). */
export function stripChatMarkup(text: string): string {
  return text.replace(SHORTCODE, '$1').replace(EMPHASIS, '$1$3');
}
