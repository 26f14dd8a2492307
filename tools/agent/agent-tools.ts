import type { StructuredToolInterface } from '@langchain/core/tools';
import { tool } from '@langchain/core/tools';
import { resolveChannels } from '../data/channel-resolver';
import type { Dataset } from '../data/dataset-types';
import { periodDating } from '../data/period-dating';
import { invalid } from '../errors';
import { runRatePeriods } from '../fit/channel-results';
import { fitSummary } from '../fit/fit-summary';
import { calibrationOf, type LiftTestInput, testedChannels } from '../fit/lift-tests';
import type { FittedModel } from '../model/model-types';
import { budgetCurve } from '../optimizer/budget-curve';
import { optimizeBudget } from '../optimizer/budget-optimizer';
import { channelLookup, lookupAll } from '../scenario/channel-lookup';
import { resolveHorizon } from '../scenario/horizon';
import { referencePlan } from '../scenario/reference-plan';
import { whatIf } from '../scenario/what-if';
import { contributionsOverPeriod } from './contributions';
import { modelDiagnostics } from './diagnostics';
import { liftTestReadout } from './lift-test-readout';
import { resolvePeriod } from './period';
import { refitShifts } from './refit-shifts';
import { responseCurve } from './response-curve';
import {
  contributionsArgsSchema,
  diagnosticsArgsSchema,
  fitArgsSchema,
  optimizeArgsSchema,
  responseCurveArgsSchema,
  searchArgsSchema,
  whatIfArgsSchema,
} from './tool-schemas';

/** What the tools need from the workspace; supplied by the agent, so tools/ does no I/O. */
export interface ToolRuntime {
  /** The active model and the dataset it was fitted on (fitted on first need). */
  active(): Promise<{ model: FittedModel; dataset: Dataset }>;
  /** The dataset the active model is (or the next fit will be) fitted on, without fitting. */
  data(): Promise<Dataset>;
  /**
   * Fits again; with `liftTests` calibrated to them, without keeping the current calibration.
   * `previous`: the model in use before, when there was one (never fitted for this).
   */
  refit(
    seed?: number,
    liftTests?: LiftTestInput[],
  ): Promise<{ model: FittedModel; dataset: Dataset; previous?: FittedModel }>;
  search(query: string, k: number): Promise<unknown[]>;
}

const PERIOD_DAYS = { daily: 1, weekly: 7, monthly: 30 } as const;
/** Budget levels of the curve shown beside a chat recommendation (the CLI's --curve has 16). */
const CHAT_CURVE_MULTIPLES = [0.5, 0.75, 1, 1.25, 1.5, 2];

function oneChannel(
  name: string,
  model: FittedModel,
  groups: Record<string, string[]>,
  field = 'channel',
): string {
  const found = resolveChannels(
    name,
    model.channels.map((c) => c.name),
    groups,
  );
  if (found.length !== 1)
    throw invalid(field, `'${name}' covers ${found.join(', ')}; name one of them`, 'invalid_input');
  return found[0] as string;
}

/**
 * Lift tests as the user named their channels, each resolved to its column, or to the columns a
 * group name or a list covers (one test of a whole platform calibrates their joint ROI).
 */
async function namedLiftTests(
  tests: LiftTestInput[],
  runtime: ToolRuntime,
): Promise<LiftTestInput[]> {
  if (tests.length === 0) return [];
  const dataset = await runtime.data();
  const names = dataset.schema.channels;
  const lookup = channelLookup(names, dataset.schema.groups ?? {});
  return tests.map((t, i) => {
    const found = new Set(lookupAll(lookup, testedChannels(t), `liftTests[${i}].channel`));
    const channels = names.filter((n) => found.has(n));
    return { ...t, channel: channels.length === 1 ? (channels[0] as string) : channels };
  });
}

/** The seven MixPilot tools (names as in ARCHITECTURE.md), bound to one workspace's runtime. */
export function createAgentTools(runtime: ToolRuntime): StructuredToolInterface[] {
  return [
    tool(
      async (args) => {
        const liftTests = args.liftTests && (await namedLiftTests(args.liftTests, runtime));
        // A refit also returns the model in use before, to show where it moved the credit.
        const fitted: { model: FittedModel; previous?: FittedModel } =
          args.refit || liftTests
            ? await runtime.refit(args.seed, liftTests)
            : await runtime.active();
        const { model, previous } = fitted;
        const tests = (calibrationOf(model.settings) ?? []).map((t) => liftTestReadout(model, t));
        return {
          ...fitSummary(model),
          diagnostics: modelDiagnostics(model),
          calibration: { liftTests: tests.length, tests },
          ...(previous ? { shifts: refitShifts(previous, model) } : {}),
        };
      },
      {
        name: 'fit_model',
        description:
          'Fit (or refit) the marketing-mix model on the workspace data. Only when the user asks to refit or retrain, or reports lift-test results to calibrate to (liftTests); every other tool uses the current model. The result says which lift tests the model is calibrated to.',
        schema: fitArgsSchema,
      },
    ),
    tool(
      async (args) => {
        const { model, dataset } = await runtime.active();
        const groups = dataset.schema.groups ?? {};
        const channels = args.channels?.flatMap((c) =>
          resolveChannels(
            c,
            model.channels.map((m) => m.name),
            groups,
          ),
        );
        const range = resolvePeriod(args.period, model.dates, PERIOD_DAYS[model.frequency], {
          recent: runRatePeriods(model.frequency, model.dates.length),
          dating: periodDating(dataset.schema.date, model.dates, model.frequency),
        });
        const result = contributionsOverPeriod(model, range, {
          sortBy: args.sortBy,
          ...(channels ? { channels: [...new Set(channels)] } : {}),
        });
        return args.focus ? { ...result, focus: args.focus } : result;
      },
      {
        name: 'get_contributions',
        description:
          'What drove the KPI: each channel\'s contribution, share of the KPI, ROI and marginal ROI with 80%/95% intervals, over the whole data or a period, ranked. Use for "which channels work", "best ROI", "what drove sales last quarter".',
        schema: contributionsArgsSchema,
      },
    ),
    tool(
      async (args) => {
        const { model, dataset } = await runtime.active();
        return {
          ...whatIf(model, args, { groups: dataset.schema.groups ?? {} }),
          modelWarnings: model.warnings,
        };
      },
      {
        name: 'what_if',
        description:
          'Predict the KPI change of a change to the current plan (move, scale, set, add, change the total) over a horizon, against the recent run-rate, with an 80%/95% interval. Use for "what if we move 20% of TV to social", "cut radio in half", "double search". For continuity vs flighting ("what if TV ran always-on instead of in bursts"), lay channels out evenly with flighting: {"changes": [], "flighting": {"tv": "even"}}; for the opposite ("what if we pulsed search, two weeks on and two off"), {"search": "bursts"}; it combines with changes.',
        schema: whatIfArgsSchema,
      },
    ),
    tool(
      async (args) => {
        const { model, dataset } = await runtime.active();
        const options = { groups: dataset.schema.groups ?? {} };
        const result = { ...optimizeBudget(model, args, options), modelWarnings: model.warnings };
        if (args.objective !== 'max_kpi') return result;
        const curve = budgetCurve(
          model,
          { ...args, budget: result.budget, budgetChangePct: undefined },
          { ...options, multiples: CHAT_CURVE_MULTIPLES },
        );
        return {
          ...result,
          budgetCurve: curve.points
            .filter((p) => p.kpi !== null)
            .map((p) => ({ budget: p.budget, kpi: p.kpi as number })),
          stopsPaying: curve.stopsPaying,
        };
      },
      {
        name: 'optimize_budget',
        description:
          'Find the best split of a budget across channels (most KPI, most profit, a marginal-ROAS target or a KPI target) under constraints (min/max per channel, locked channels, share limits), with the reasons each channel moved. With flighting ({"tv": "even"}, {"search": "bursts"}) the split is found with those channels spread evenly (always-on) or in regular bursts, against the current plan as it ran: "how should we split $1M if TV runs always-on?".',
        schema: optimizeArgsSchema,
      },
    ),
    tool(
      async (args) => {
        const { model, dataset } = await runtime.active();
        const channel = oneChannel(args.channel, model, dataset.schema.groups ?? {});
        const horizon = resolveHorizon(model.frequency);
        const current = (referencePlan(model, horizon.periods)[channel] ?? 0) / horizon.periods;
        return {
          modelWarnings: model.warnings,
          ...responseCurve(model, channel, current, {
            maxMultiple: args.maxMultiple,
            points: args.points,
            periodUnit: horizon.unit,
          }),
        };
      },
      {
        name: 'get_response_curve',
        description:
          'A channel\'s diminishing-returns curve: KPI per period at each steady spend level, where current spend sits, and the marginal ROI of the next dollar. Use for "is search saturated", "where should the next dollar go" (call once per channel).',
        schema: responseCurveArgsSchema,
      },
    ),
    tool(async () => modelDiagnostics((await runtime.active()).model), {
      name: 'get_model_diagnostics',
      description:
        'How far to trust the model: R², MAPE and NRMSE in-sample and on a time holdout, a plain verdict, channels the data cannot pin down, and warnings.',
      schema: diagnosticsArgsSchema,
    }),
    tool(async (args) => runtime.search(args.query, args.k), {
      name: 'search_methodology',
      description:
        "Search MixPilot's methodology notes (and the workspace's own documents) to explain how something is computed or what a term means. Cite results as [n] by their position.",
      schema: searchArgsSchema,
    }),
  ];
}
