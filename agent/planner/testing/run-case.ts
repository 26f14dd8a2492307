import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from '@langchain/core/messages';
import {
  contributionsArgsSchema,
  diagnosticsArgsSchema,
  fitArgsSchema,
  optimizeArgsSchema,
  responseCurveArgsSchema,
  searchArgsSchema,
  whatIfArgsSchema,
} from '../../../tools';
import type { OfflinePlanner } from '../offline-planner';
import type { PlannerDataset, PlannerIntent } from '../planner-types';
import type { PlannerCase } from './planner-case';

/** The demo-like dataset the table is written against. */
export const TEST_DATASET: PlannerDataset = {
  channels: [
    { name: 'tv_spend', label: 'TV' },
    { name: 'search_spend', label: 'Search' },
    { name: 'facebook_spend', label: 'Facebook' },
    { name: 'tiktok_spend', label: 'TikTok' },
    { name: 'display_spend', label: 'Display' },
    { name: 'radio_spend', label: 'Radio' },
  ],
  frequency: 'weekly',
};

const SCHEMAS = {
  what_if: whatIfArgsSchema,
  optimize_budget: optimizeArgsSchema,
  get_contributions: contributionsArgsSchema,
  get_response_curve: responseCurveArgsSchema,
  get_model_diagnostics: diagnosticsArgsSchema,
  fit_model: fitArgsSchema,
  search_methodology: searchArgsSchema,
} as const;

/** Parses a call's arguments with its tool's zod schema; returns the error text or ''. */
export function schemaError(name: string, args: unknown): string {
  const schema = SCHEMAS[name as keyof typeof SCHEMAS];
  if (!schema) return `unknown tool ${name}`;
  const parsed = schema.safeParse(args);
  return parsed.success ? '' : parsed.error.message;
}

/** Runs a conversation through the planner, answering every tool call with an empty result. */
export function converse(
  planner: OfflinePlanner,
  questions: string[],
): { last: AIMessage; history: BaseMessage[] } {
  const history: BaseMessage[] = [new SystemMessage('You are MixPilot.')];
  let last = new AIMessage('');
  for (const q of questions) {
    history.push(new HumanMessage(q));
    last = planner.plan(history);
    history.push(last);
    if ((last.tool_calls ?? []).length > 0) {
      for (const call of last.tool_calls ?? []) {
        history.push(
          new ToolMessage({ content: '{}', tool_call_id: call.id ?? '', name: call.name }),
        );
      }
      history.push(planner.plan(history));
    }
  }
  return { last, history };
}

function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number')
    return typeof actual === 'number' && Math.abs(actual - expected) < 0.01;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    // Channel lists are sets to the tools: "TikTok vs Facebook" and "Facebook, TikTok" agree.
    if (expected.every((e) => typeof e === 'string'))
      return [...actual].sort().join('\n') === [...expected].sort().join('\n');
    return expected.every((e, i) => matches(actual[i], e));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) =>
      matches((actual as Record<string, unknown>)[k], v),
    );
  }
  // Periods and channels are read without regard to case: "Q3 2024" and "q3 2024" agree.
  if (typeof expected === 'string' && typeof actual === 'string')
    return actual.toLowerCase() === expected.toLowerCase();
  return actual === expected;
}

/** The outcome of one table row: what went wrong, or [] when it passed. */
export function checkCase(
  planner: OfflinePlanner,
  c: PlannerCase,
): { problems: string[]; message: AIMessage } {
  const questions = Array.isArray(c.q) ? c.q : [c.q];
  const { last } = converse(planner, questions);
  const intent = last.additional_kwargs.intent as PlannerIntent;
  const problems: string[] = [];
  const calls = last.tool_calls ?? [];
  for (const call of calls) {
    const err = schemaError(call.name, call.args);
    if (err) problems.push(`${call.name} args invalid: ${err}`);
  }
  if (intent.intent !== c.intent) problems.push(`intent ${intent.intent}, expected ${c.intent}`);
  const main = calls.filter((x) => x.name !== 'search_methodology');
  if (c.tools && main.map((x) => x.name).join(',') !== c.tools.join(',')) {
    problems.push(`tools ${main.map((x) => x.name).join(',')}, expected ${c.tools.join(',')}`);
  }
  if (c.args && !matches(main[0]?.args, c.args)) {
    problems.push(`args ${JSON.stringify(main[0]?.args)}, expected ${JSON.stringify(c.args)}`);
  }
  return { problems, message: last };
}
