import type { Judge } from './judge-scorer';

/** The part of a LangChain chat model the judge uses. */
export interface JudgeChatModel {
  invoke(messages: [string, string][]): Promise<{ content: unknown }>;
}

const INSTRUCTIONS = [
  'You grade answers of MixPilot, a marketing-mix-modeling assistant, against a rubric.',
  'Judge only what the rubric asks. Numbers in the answer come from tools; do not recompute them.',
  'Reply with one JSON object and nothing else: {"score": <0 to 1>, "reason": "<one sentence>"}.',
].join('\n');

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((p) => (typeof p === 'string' ? p : ((p as { text?: string }).text ?? '')))
      .join('');
  return '';
}

/** Reads `{"score": n, "reason": "..."}` from a model reply (a fenced block or prose around it is fine). */
export function parseJudgeReply(reply: string): { score: number; reason: string } {
  const json = reply.match(/\{[\s\S]*\}/)?.[0];
  if (!json) throw new Error(`the judge did not reply with JSON: ${reply.slice(0, 80)}`);
  const parsed = JSON.parse(json) as { score?: unknown; reason?: unknown };
  const score = Number(parsed.score);
  if (!Number.isFinite(score)) throw new Error('the judge reply has no numeric score');
  return {
    score: score > 1 && score <= 10 ? score / 10 : score,
    reason: typeof parsed.reason === 'string' ? parsed.reason : '',
  };
}

/** An LLM-as-judge built on a chat model (the composition root passes one when a key is set). */
export function createChatJudge(model: JudgeChatModel): Judge {
  return async (rubric, question, answer) => {
    const reply = await model.invoke([
      ['system', INSTRUCTIONS],
      ['human', `Rubric:\n${rubric}\n\nQuestion:\n${question}\n\nAnswer:\n${answer}`],
    ]);
    return parseJudgeReply(textOf(reply.content));
  };
}
