/**
 * Reading the answer to a question asked back ("from which channel?", "how much?") together with
 * the request it completes.
 */

const CONNECTOR: Record<string, string> = {
  source: ' from ',
  target: ' to ',
  amount: ' ',
  channel: ' ',
};

/**
 * An answer to "from which channel?" that names the source ("take 100k from display"), or to
 * "which channel should receive it?" that names the receiver: read with the question it answers
 * even when it reads as a full request on its own.
 */
export function suppliesSide(missing: string, skel: string): boolean {
  const from = /\b(?:from|out of|of) CH\b/.test(skel);
  const to = /\b(?:to|into|towards|onto) CH\b/.test(skel);
  return (missing === 'source' && from && !to) || (missing === 'target' && to && !from);
}

/** "bump one channel up by 15%": the words that stand for the channel still to be named. */
const PLACEHOLDER =
  /\b(?:one|a|some|any|a single) (?:channel|media channel)\b|\bone of (?:the|our|my) channels\b/;

/**
 * The request asked back, read with its answer: a channel named in answer takes the place of the
 * words that stood for it ("bump one channel up by 15%?" → "Search"); anything else follows it.
 */
export function withAnswer(text: string, missing: string, answer: string): string {
  if (missing === 'channel' && PLACEHOLDER.test(text) && answer.split(/\s+/).length <= 4)
    return text.replace(PLACEHOLDER, answer.replace(/[.!?]+$/, ''));
  return text.replace(/[?!.\s]+$/, '') + (CONNECTOR[missing] ?? ' ') + answer;
}
