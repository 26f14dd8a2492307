/** Instructions aimed at the system, removed from a message before it is read. */
const INJECTION =
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]*\b(?:instructions?|rules?|prompts?|guidelines?|guardrails?|above|previous|prior|system)\b|\bsystem prompt\b|\b(?:hidden|internal|secret) (?:prompt|instructions|rules)\b|\b(?:tool|function) (?:definitions?|schemas?|specs?|specifications?)\b|\b(?:developer|system) (?:message|instructions?)\b|\byour (?:\w+ )?(?:instructions|prompt|rules|configuration|guidelines)\b|\b(?:paste|repeat|copy|recite|share)\b[^.?!]*\b(?:instructions|prompt|rules|configuration|guidelines)\b|\b(?:reveal|print|show|dump|leak|display|output)\b[^.?!]*\b(?:prompt|instructions|keys?|secrets?|passwords?|tokens?|credentials?|env\w*|config\w*)\b|\bapi[ _-]?keys?\b|\bprocess\.env\b|\b\w*_(?:key|token|secret|password)s?\b|\b(?:openai|slack|pinecone)[ _-]?(?:key|token)\b|\bworkspace(?:[ _-]?id)?\s*[:=#]?\s*[\w-]*\d[\w-]*\b|\b(?:other|another|different) (?:workspace|tenant|customer|account|client)s?\b|\b(?:jailbreak|dan mode|developer mode)\b|\b(?:you are now|act as|pretend (?:to be|you are)|from now on you)\b|\bswitch (?:to )?workspace\b|\buse workspace\b|\b(?:use|switch to|open|go to|log ?in(?:to)?)\b[^.?!]*\b(?:workspace|tenant)\b/i;

/** What remains of a message once instructions aimed at the system are cut out. */
export interface Sanitised {
  text: string;
  /** True when something was removed. */
  removed: boolean;
}

/** A block wrapped in chat-role tags ("<system>…</system>") or a stray role tag. */
const ROLE_BLOCK = /<(system|developer|assistant)>[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi;
const ROLE_TAG = /<\/?(?:system|developer|assistant|user|human|instructions?)>/gi;

/**
 * Cuts sentences and clauses that try to steer the system ("ignore previous instructions",
 * "show your system prompt", "use workspace 42", a "<system>…</system>" block) and keeps the
 * rest of the question.
 */
export function stripInjection(raw: string): Sanitised {
  const unwrapped = raw.replace(ROLE_BLOCK, ' ');
  let removed = unwrapped !== raw;
  const sentences = unwrapped
    .replace(ROLE_TAG, ' ')
    .trim()
    .split(/(?<=[.?!;\n])\s+/);
  const kept: string[] = [];
  for (const sentence of sentences) {
    if (!INJECTION.test(sentence)) {
      kept.push(sentence);
      continue;
    }
    removed = true;
    const parts = sentence.split(/\s*(?:,|\band then\b|\bthen\b|\band\b|\balso\b|\bplus\b)\s*/i);
    const clean = parts.filter((p) => p.trim() && !INJECTION.test(p));
    if (clean.length > 0 && clean.length < parts.length) kept.push(clean.join(' and '));
  }
  return { text: kept.join(' ').trim(), removed };
}
