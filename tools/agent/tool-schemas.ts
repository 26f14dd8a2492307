/**
 * Argument schemas of the agent's tools: the single source of truth for the offline planner, the
 * OpenAI tool definitions and the tool implementations. The `.describe()` texts are prompts the
 * model reads; keep them precise. Channel names may be written as the user wrote them (a name, an
 * alias such as "facebook", a group such as "social"); the tools resolve them.
 */
import { z } from 'zod';

const channel = z
  .string()
  .min(1)
  .describe(
    'A channel as the user named it: a column name, an alias ("fb") or a group ("social").',
  );

const percent = z
  .number()
  .describe('A percentage in points: 20 means 20%. Negative values decrease.');

/** Larger amounts are typing slips, and would overflow the curves to nothing. */
export const MAX_AMOUNT = 1e12;

const money = z
  .number()
  .min(-MAX_AMOUNT, 'at least -1e12 (minus a trillion)')
  .max(MAX_AMOUNT, 'at most 1e12 (a trillion)')
  .describe('An amount of money in the KPI currency, over the whole horizon (not per period).');

/** One change to a spend plan. Amounts are totals over the horizon. */
export const scenarioChangeSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('move'),
      from: channel,
      to: z.union([channel, z.array(channel).min(1)]).describe('Receiving channel(s).'),
      percent: z
        .number()
        .positive('a move takes a share above 0; to move the other way, swap from and to')
        .max(100, 'a move takes at most all (100%) of the source channel')
        .optional()
        .describe('Share of the source channel to move, 0-100.'),
      amount: z
        .number()
        .positive('a move takes an amount above 0; to move the other way, swap from and to')
        .max(MAX_AMOUNT, 'at most 1e12 (a trillion)')
        .optional()
        .describe('Amount to move over the horizon.'),
      weights: z
        .array(z.number().positive())
        .optional()
        .describe('Split between several receiving channels; even split when omitted.'),
    })
    .describe("Move part of one channel's spend to one or more others; total spend is unchanged."),
  z
    .object({ type: z.literal('scale'), channel, percent })
    .describe(
      'Scale a channel up or down by a percentage ("double TV" is +100, "halve radio" is -50).',
    ),
  z
    .object({ type: z.literal('set'), channel, amount: money })
    .describe('Set a channel to an amount over the horizon (0 to switch it off).'),
  z
    .object({
      type: z.literal('add'),
      channel,
      amount: z.number().describe('Amount to add (negative to cut) over the horizon.'),
    })
    .describe('Add or cut a fixed amount on a channel.'),
  z
    .object({ type: z.literal('total'), percent })
    .describe(
      'Change the total budget by a percentage, spread over channels in proportion to the reference plan.',
    ),
]);
export type ScenarioChange = z.infer<typeof scenarioChangeSchema>;

const horizon = z
  .number()
  .int()
  .positive()
  .optional()
  .describe('Forecast horizon in periods of the data (weeks for weekly data); default a quarter.');

/** How each named channel's horizon spend is laid out over the periods (`spendPattern`). */
export const flightingSchema = z
  .record(
    z.string().min(1),
    z.union([
      z
        .enum(['even', 'bursts', 'historical'])
        .describe(
          '"even": the channel\'s horizon total spread evenly over every period (always-on, continuity). "bursts": in regular bursts, two weeks on and two off (14 days for daily data, alternate months for monthly), the total shared by the periods on (flighting, pulsing). "historical" (the default): the bursts and pauses of its recent data kept.',
        ),
      z
        .object({
          layout: z.literal('bursts'),
          burst: z
            .number()
            .int()
            .min(1)
            .describe(
              'Periods of the data a burst lasts (6 for "six weeks on, six off" in weekly data, 42 in daily data).',
            ),
          off: z
            .number()
            .int()
            .min(1)
            .optional()
            .describe(
              'Periods of the pause after each burst, when it is not as long as the burst (1 for "three weeks on, one off").',
            ),
        })
        .strict()
        .describe(
          'Bursts of a stated cadence, when the user gives one ("in 6-week bursts", "3 weeks on, 1 off").',
        ),
    ]),
  )
  .describe(
    'Layout of spend over the horizon\'s periods per channel, keyed by channel as the user named it (a name, an alias or a group such as "social"). Channels left out keep their recent bursts; the reference plan always does. For "what if we ran TV always-on instead of in bursts": {"changes": [], "flighting": {"tv": "even"}}; for "what if search ran in bursts instead of always-on": {"changes": [], "flighting": {"search": "bursts"}}; for "TV in 4-week bursts": {"changes": [], "flighting": {"tv": {"layout": "bursts", "burst": 4}}}; for "search three weeks on, one off": {"changes": [], "flighting": {"search": {"layout": "bursts", "burst": 3, "off": 1}}}; with a change: {"changes": [{"type": "scale", "channel": "tv", "percent": 20}], "flighting": {"tv": "even"}}.',
  );

/** A profit margin on revenue (0.3 = 30%). */
const marginSchema = z.number().positive().max(1).optional();

export const whatIfArgsSchema = z.object({
  changes: z
    .array(scenarioChangeSchema)
    .describe(
      'Changes applied in order to the reference plan; [] when only the layout (flighting) changes.',
    ),
  horizon,
  flighting: flightingSchema.optional(),
  margin: marginSchema.describe(
    'Profit margin on revenue (0.4 = 40%) when the user asks what the change does to profit: the result then gives profit = margin × revenue change − spend change, with its range.',
  ),
});
export type WhatIfArgs = z.infer<typeof whatIfArgsSchema>;

export const budgetConstraintsSchema = z.object({
  min: z
    .record(z.string(), z.number().nonnegative())
    .optional()
    .describe('Minimum spend per channel over the horizon.'),
  max: z
    .record(z.string(), z.number().nonnegative())
    .optional()
    .describe('Maximum spend per channel over the horizon.'),
  minMultiple: z
    .record(z.string(), z.number().nonnegative())
    .optional()
    .describe('Minimum as a multiple of the reference spend (0.5 = at least half).'),
  maxMultiple: z
    .record(z.string(), z.number().nonnegative())
    .optional()
    .describe('Maximum as a multiple of the reference spend (2 = at most double).'),
  locked: z.array(z.string()).optional().describe('Channels kept at their reference spend.'),
  minShare: z
    .record(z.string(), z.number().min(0).max(1))
    .optional()
    .describe('Minimum share of the total, as a fraction.'),
  maxShare: z
    .record(z.string(), z.number().min(0).max(1))
    .optional()
    .describe('Maximum share of the total, as a fraction (0.4 = no more than 40%).'),
});
export type BudgetConstraints = z.infer<typeof budgetConstraintsSchema>;

export const optimizeArgsSchema = z.object({
  objective: z
    .enum(['max_kpi', 'max_profit', 'target_roas', 'target_kpi'])
    .default('max_kpi')
    .describe(
      'max_kpi: most KPI for the budget. max_profit: most KPI*margin - spend. target_roas: the largest budget whose marginal ROAS stays >= targetRoas. target_kpi: the smallest budget reaching targetKpi or +targetKpiPct.',
    ),
  budget: money
    .positive()
    .optional()
    .describe('Total budget over the horizon; default the reference plan total.'),
  budgetChangePct: z
    .number()
    .optional()
    .describe('Budget as a change from the reference total, in percent (+10 = 10% more).'),
  channels: z
    .array(channel)
    .optional()
    .describe('Allocate only among these channels; the others stay at their reference spend.'),
  totalMode: z
    .enum(['equal', 'at_most'])
    .default('equal')
    .describe('Spend exactly the budget, or at most it.'),
  margin: marginSchema.describe('Profit margin on KPI revenue, for max_profit (0.3 = 30%).'),
  targetRoas: z.number().positive().optional().describe('Marginal ROAS floor for target_roas.'),
  targetKpi: z
    .number()
    .positive()
    .optional()
    .describe('KPI level to reach over the horizon, for target_kpi.'),
  targetKpiPct: z
    .number()
    .optional()
    .describe('KPI growth to reach in percent over the reference, for target_kpi.'),
  constraints: budgetConstraintsSchema.optional(),
  horizon,
  flighting: flightingSchema
    .optional()
    .describe(
      'Layout of spend over the horizon\'s periods per channel, as in what_if: "even" spreads a channel\'s total evenly (always-on), "bursts" runs it two weeks on and two off ({"layout": "bursts", "burst": 4} four on, four off), and the plan is optimized with it laid out so; channels left out, and the current plan it is compared with, keep their recent bursts. For "how should we split $1M if TV runs always-on?": {"budget": 1000000, "flighting": {"tv": "even"}}.',
    ),
});
export type OptimizeArgs = z.infer<typeof optimizeArgsSchema>;

const periodSchema = z
  .string()
  .optional()
  .describe(
    'A period as the user said it: "last quarter", "Q3 2024", "2024", "last 12 weeks", or "2024-01-01..2024-03-31"; "recent" is the window the recent spend rate is read over (the last 13 weeks of weekly data), for today\'s mix. Default: the whole data window.',
  );

export const contributionsArgsSchema = z.object({
  period: periodSchema,
  channels: z.array(channel).optional().describe('Limit to these channels; default all.'),
  sortBy: z
    .enum(['contribution', 'roi', 'mroi', 'share', 'spend'])
    .default('contribution')
    .describe('Ranking order (spend: how the budget is split, for "what is our current mix?").'),
  focus: z
    .enum(['channels', 'baseline', 'mix'])
    .optional()
    .describe(
      "baseline: the question is about what drives the KPI besides paid media (price, promotions, events, seasonality, trend). mix: the question is how the budget is split (today's mix, whether it is any good): the answer leads with each channel's share of spend beside its share of what media drove.",
    ),
});
export type ContributionsArgs = z.infer<typeof contributionsArgsSchema>;

export const responseCurveArgsSchema = z.object({
  channel,
  maxMultiple: z
    .number()
    .positive()
    .max(10)
    .default(2)
    .describe('Curve up to this multiple of current spend.'),
  points: z.number().int().min(5).max(200).default(41),
});
export type ResponseCurveArgs = z.infer<typeof responseCurveArgsSchema>;

export const diagnosticsArgsSchema = z.object({});
export type DiagnosticsArgs = z.infer<typeof diagnosticsArgsSchema>;

const testDate = (edge: string) =>
  z.iso
    .date()
    .optional()
    .describe(
      `${edge} date of the test (YYYY-MM-DD); default the ${edge.toLowerCase()} date of the data.`,
    );

/** One lift test (geo holdout, conversion-lift study) the user reports, to calibrate the fit to. */
export const liftTestArgSchema = z.object({
  channel: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1).max(20)])
    .describe(
      'The tested channel as the user named it (e.g. "tv"), a group name ("social"), or a list of the channels one test measured together (["facebook", "instagram"]): then roi is their joint ROI.',
    ),
  roi: z
    .number()
    .finite()
    .nonnegative()
    .describe('Incremental KPI per unit of spend the test measured (incremental ROAS), e.g. 1.8.'),
  sd: z
    .number()
    .finite()
    .positive()
    .describe(
      'Standard error of roi. From a 95% interval [lo, hi] use (hi - lo) / 3.92; never invent one: ask the user when the test gave no error or interval.',
    ),
  from: testDate('First'),
  to: testDate('Last'),
});

export const fitArgsSchema = z.object({
  refit: z.boolean().default(false).describe('Fit again even when a model already exists.'),
  seed: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Random seed of the parameter search; default the workspace seed.'),
  liftTests: z
    .array(liftTestArgSchema)
    .max(50)
    .optional()
    .describe(
      "Lift tests to calibrate the refit to, when the user reports experiment results (implies refit). They replace the model's current lift tests; [] removes them. Omit to keep the current ones.",
    ),
});
export type FitArgs = z.infer<typeof fitArgsSchema>;

export const searchArgsSchema = z.object({
  query: z
    .string()
    .min(2)
    .describe('What to look up in the methodology documents, in plain words.'),
  k: z.number().int().min(1).max(8).default(4),
});
export type SearchArgs = z.infer<typeof searchArgsSchema>;

/** Tool names exactly as in ../shared/ARCHITECTURE.md. */
export const TOOL_NAMES = [
  'fit_model',
  'get_contributions',
  'what_if',
  'optimize_budget',
  'get_response_curve',
  'get_model_diagnostics',
  'search_methodology',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];
