/**
 * Two requests in one message, the second announced as coming after the first ("what does
 * tripling Facebook do to sales, and after that could you show me which channels drove the most
 * revenue?", "halve radio - and separately, is the model any good?"). The planner answers the first and says the second is still to ask.
 */
const SECOND_ASK =
  /(?:[,;.?!]|\s-|\band)\s+(?:and )?(?:(?:after that|afterwards|separately|secondly|on a separate note|as a separate question|unrelated(?:ly)?)\s*,?\s+(?=(?:is|are|was|were|does|do|did|has|have|how|what|which|why|where|who|can|could|would|will|should|please|show|tell|give|send|explain)\b)|(?:then|second|also|next)\s*,?\s+(?=(?:could|can|would|will) you\b|please\b|(?:also )?(?:show|tell|give|send) me\b|i(?:'d| would)(?: also)? like\b))/i;

/** The two requests of a message, when it makes two in sequence; undefined otherwise. */
export function splitTwoAsks(text: string): { first: string; second: string } | undefined {
  const m = SECOND_ASK.exec(text);
  if (!m || m.index < 12) return undefined;
  const first = text.slice(0, m.index).trim();
  const second = text.slice(m.index + m[0].length).trim();
  return second.length > 8 ? { first, second } : undefined;
}
