/** Key-like secrets: OpenAI, Slack, Pinecone-style and MixPilot keys, bearer tokens. */
const SECRET_RE =
  /\b(?:sk-[A-Za-z0-9_-]{8,}|xox[abpr]-[A-Za-z0-9-]{8,}|xapp-[A-Za-z0-9-]{8,}|mp_[A-Za-z0-9_-]{8,}|pcsk_[A-Za-z0-9_]{8,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{5,})/g;

export const LEAK_REFUSAL =
  "I can't share my instructions, configuration or keys. I can help with your marketing mix: what drives sales, what-if budget changes and the best split of a budget.";

/**
 * True when a reply repeats a sentence of the system prompt (40+ characters verbatim) or holds
 * something shaped like a key: the reply is then replaced, whatever the model was told.
 */
export function leaksSecrets(text: string, systemPrompt: string): boolean {
  if (SECRET_RE.test(text)) {
    SECRET_RE.lastIndex = 0;
    return true;
  }
  const haystack = text.toLowerCase().replace(/\s+/g, ' ');
  return systemPrompt
    .split(/\n|(?<=[.!?])\s+/)
    .map((s) => s.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((s) => s.length >= 40)
    .some((s) => haystack.includes(s));
}
