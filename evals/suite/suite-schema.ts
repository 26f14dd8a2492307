import { z } from 'zod';
import { TOOL_NAMES, type ToolName } from '../../tools';
import { type Check, checksSchema } from './matcher-schema';

const toolName = z.enum(TOOL_NAMES);

/** One expected tool call: its name, checks on its arguments and on its result. */
export interface ToolExpectation {
  name: ToolName;
  args?: Check[];
  result?: Check[];
  /** true: the call must fail; false (default when `result` is given): it must succeed. */
  error?: boolean;
}

export const toolExpectationSchema = z.union([
  toolName.transform((name): ToolExpectation => ({ name })),
  z.strictObject({
    name: toolName,
    args: checksSchema.optional(),
    result: checksSchema.optional(),
    error: z.boolean().optional(),
  }),
]);

/** A number the answer must state: the value at `path` of a tool's result. */
export const answerNumberSchema = z.strictObject({
  tool: toolName,
  /** Which call of that tool in the turn, 0-based. */
  index: z.number().int().nonnegative().default(0),
  path: z.string().min(1),
  /** Extra absolute slack on top of the rounding the answer shows. */
  tolerance: z.number().nonnegative().optional(),
  /** Extra relative slack (0.01 = 1%). */
  rel: z.number().nonnegative().optional(),
  /** Compare with the sign (default: magnitudes, since "down by $72k" states -72k). */
  signed: z.boolean().optional(),
});
export type AnswerNumber = z.infer<typeof answerNumberSchema>;

const strings = z.union([
  z
    .string()
    .min(1)
    .transform((s) => [s]),
  z.array(z.string().min(1)),
]);

export const answerChecksSchema = z.strictObject({
  contains: strings.optional(),
  not_contains: strings.optional(),
  /** Every pattern must match (case-insensitive). */
  regex: strings.optional(),
  /** No pattern may match (case-insensitive). */
  not_regex: strings.optional(),
  numbers: z.array(answerNumberSchema).optional(),
  min_length: z.number().int().nonnegative().optional(),
  max_length: z.number().int().positive().optional(),
});
export type AnswerChecks = z.infer<typeof answerChecksSchema>;

/** Expected citations: document ids that must, may or must not be cited. */
export interface CitationsExpectation {
  include: string[];
  any_of?: string[];
  exclude?: string[];
  min_precision?: number;
}

export const citationsExpectationSchema = z.union([
  z.array(z.string().min(1)).transform((include): CitationsExpectation => ({ include })),
  z.strictObject({
    include: z.array(z.string().min(1)).default([]),
    /** Any of these must be cited (at least one). */
    any_of: z.array(z.string().min(1)).optional(),
    exclude: z.array(z.string().min(1)).optional(),
    /** Share of the cited documents that must be expected ones (include or any_of). */
    min_precision: z.number().min(0).max(1).optional(),
  }),
]);

/** Expectation fields a suite may default for every turn. */
export const expectationDefaultsSchema = z.strictObject({
  /** `any` (default): expected calls may come in any order; `ordered`: in the listed order. */
  order: z.enum(['any', 'ordered']).optional(),
  /** `allow` (default): other tool calls are fine; `forbid`: only the expected (and ignored) ones. */
  extra_tools: z.enum(['allow', 'forbid']).optional(),
  /** Tools never counted as extra, e.g. `search_methodology`. */
  ignore_tools: z.array(toolName).optional(),
  /** Every number in the answer must come from a tool result, the question or a cited passage. */
  grounded: z.boolean().optional(),
  max_latency_ms: z.number().positive().optional(),
});

/** What one turn's answer must satisfy. */
export const expectationSchema = expectationDefaultsSchema.extend({
  tools: z.array(toolExpectationSchema).optional(),
  forbid_tools: z.array(toolName).optional(),
  /** No tool may be called. */
  no_tools: z.boolean().optional(),
  answer: answerChecksSchema.optional(),
  citations: citationsExpectationSchema.optional(),
  /** The agent must ask a clarifying question instead of calling tools. */
  clarify: z.boolean().optional(),
  /** The agent must decline (out of scope, injection) and say what MixPilot can do. */
  refuse: z.boolean().optional(),
  /** A rubric for the optional LLM judge; skipped when no judge is configured. */
  judge: z.string().min(1).optional(),
});
export type Expectation = z.output<typeof expectationSchema>;

export const turnSchema = z.strictObject({
  question: z.string().min(1),
  expect: expectationSchema.default({}),
});
export type Turn = z.output<typeof turnSchema>;

const caseBase = {
  id: z.string().regex(/^[A-Za-z0-9][\w.-]*$/, 'use letters, digits, dot, dash and underscore'),
  description: z.string().optional(),
  tags: z.array(z.string().min(1)).default([]),
  /** A dataset reference resolved by the runner's workspace provider, e.g. `demo`. */
  dataset: z.string().min(1).optional(),
  /** An existing workspace id; wins over `dataset`. */
  workspace: z.string().min(1).optional(),
  /** Free text kept with the case, e.g. why it exists or the answer that prompted it. */
  notes: z.string().optional(),
  timeout_ms: z.number().positive().optional(),
};

/** A case: several `turns` of one thread, or a single `question` with its `expect`. */
export const caseSchema = z.union([
  z.strictObject({ ...caseBase, turns: z.array(turnSchema).min(1) }),
  z
    .strictObject({
      ...caseBase,
      question: z.string().min(1),
      expect: expectationSchema.default({}),
    })
    .transform(({ question, expect, ...rest }) => ({ ...rest, turns: [{ question, expect }] })),
]);
export type EvalCase = z.output<typeof caseSchema>;

export const thresholdsSchema = z.strictObject({
  /** Share of (non-excluded) cases that must pass, 0-1. Default 0.95. */
  pass_rate: z.number().min(0).max(1).default(0.95),
  /** Minimum mean score per scorer, e.g. `{ trajectory: 0.95 }`. */
  scorers: z.record(z.string(), z.number().min(0).max(1)).default({}),
  /** 95th percentile of turn latency, in milliseconds. */
  latency_p95_ms: z.number().positive().optional(),
  /** Cases with these tags run and are reported but do not count toward the thresholds. */
  exclude_tags: z.array(z.string()).default(['known-issue']),
});
export type Thresholds = z.output<typeof thresholdsSchema>;

export const suiteSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  defaults: z
    .strictObject({
      dataset: z.string().min(1).optional(),
      workspace: z.string().min(1).optional(),
      timeout_ms: z.number().positive().optional(),
      expect: expectationDefaultsSchema.optional(),
    })
    .default({}),
  thresholds: thresholdsSchema.default({
    pass_rate: 0.95,
    scorers: {},
    exclude_tags: ['known-issue'],
  }),
  cases: z.array(caseSchema).min(1),
});
export type Suite = z.output<typeof suiteSchema>;
