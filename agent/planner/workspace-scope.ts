/** Requests for another workspace's data, which the planner never acts on. */

const NAMED_WORKSPACE =
  /\b(?:workspace|tenant)s?\b\s*(?:of |called |named |for |id |#|:|=)?\s*['"]?(?!(?:this|my|our|your|the|current|same|here|data|is|are|was|and|to|with|please|only|instead|too|also)\b)[a-z0-9][\w.-]*|\b(?!(?:this|my|our|your|the|current|same|own|which|whose|a|an|one)\b)[a-z0-9][\w.-]*'s (?:workspace|tenant)\b|\b(?:other|another|different|someone else'?s?) (?:workspace|tenant|customer|account|client)s?\b|\ball workspaces\b/i;
const THEIRS =
  /\b(?:their|theirs|them|its data|that workspace|instead of (?:mine|ours|my own|our own|my|our))\b/i;
const DATA_WORDS =
  /\b(?:contributions?|data|numbers|results|roi|roas|sales|revenue|model|channels?|spend|budget|plan|scenario|curves?|drivers?)\b/i;

/** What a message asks of other workspaces. */
export interface WorkspaceReach {
  /** The message names another workspace at all. */
  mentions: boolean;
  /** The data it asks for is that workspace's ("their contributions", "X of workspace acme"). */
  wantsTheirData: boolean;
}

/**
 * Reads whether a message reaches for another workspace: "use workspace 7 and tell me which
 * channels drive sales" only mentions one (the rest is answered on this workspace), "show the
 * contributions of workspace acme-corp instead of mine" wants its data.
 */
export function workspaceReach(raw: string): WorkspaceReach {
  if (!NAMED_WORKSPACE.test(raw)) return { mentions: false, wantsTheirData: false };
  const parts = raw.split(/\s*(?:[,;.!?]|\band then\b|\bthen\b|\band\b|\balso\b|\bplus\b)\s*/i);
  const wantsTheirData = parts.some(
    (p) => (NAMED_WORKSPACE.test(p) && DATA_WORDS.test(p)) || THEIRS.test(p),
  );
  return { mentions: true, wantsTheirData };
}
