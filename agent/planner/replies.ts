/** Fixed texts the planner answers with when no tool is needed. */

const EXAMPLES = [
  'what drives sales, and which channels have the best ROI ("rank channels by ROAS")',
  'what changed over a period ("what drove sales last quarter?", "contributions in Q3 2024")',
  'what-if scenarios ("what if we move 20% of TV to social?", "what if we cut radio in half?")',
  'budget plans ("how should we split $1.5M?", "maximise profit at a 30% margin", "keep TV at least $200k")',
  'where the next dollar should go, and response curves ("is search saturated?")',
  'how good the model is ("can I trust this?") and how it works ("what is adstock?")',
  'refitting the model ("refit with seed 7")',
];

/** What MixPilot can do, as a short list. */
export function helpText(): string {
  return `I can answer questions about your marketing mix model:\n${EXAMPLES.map((e) => `- ${e}`).join('\n')}`;
}

/** The reply to a question outside marketing-mix modelling. */
export function outOfScopeText(): string {
  return `That is outside what I can help with. ${helpText()}`;
}

/** The reply when a message only tried to change how the assistant works. */
export function refusedText(): string {
  return `I can't change my instructions, share internal configuration, or reach another workspace. ${helpText()}`;
}

/** The reply to a request for another workspace's data. */
export function workspaceText(): string {
  return `I only work on this workspace's data: I cannot read, change or act on another workspace. Ask me the same question about this workspace instead. ${helpText()}`;
}

/** Options offered when a message names channels but not what is wanted of them. */
export const WHAT_ABOUT_OPTIONS = [
  'its contribution and ROI',
  'its response curve',
  'a what-if: cut it, raise it or switch it off',
];

/** The question back when a message names channels but nothing the planner can act on. */
export function whatAboutText(labels: string[]): string {
  const names =
    labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0];
  const their = labels.length > 1 ? 'their' : 'its';
  return `I'm not sure what you would like to know about ${names}. I can show ${their} contribution and ROI, draw ${their} response curve, or simulate a change (a cut, a rise or switching it off). Which one?`;
}
