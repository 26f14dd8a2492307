/**
 * "what about the other one?", "and that one?", "same for it": a message that only points back
 * at an earlier answer. With no earlier turn there is nothing to point at, so it is asked back
 * rather than declined as off-topic.
 */
const POINTS_BACK =
  /^(?:(?:and|so|ok|okay|but|then) )*(?:what about|how about|and|same for|same with|what of|now) (?:the other (?:one|channel)|that (?:one|channel)|this one|it|them|those|these|the same)\s*\??$/;

/** The question to ask back when the message points at an earlier turn that is not there. */
export function orphanReference(text: string, hasEarlierTurn: boolean): string | undefined {
  if (hasEarlierTurn || !POINTS_BACK.test(text.trim())) return undefined;
  return 'There is no earlier answer in this conversation to go back to: which channel or question do you mean?';
}
