// Public surface of the MMM engine. Other parts import only from here.

export type { ToolRuntime } from './agent/agent-tools';
export { createAgentTools } from './agent/agent-tools';
export type { BaselineDriver, ContributionsResult } from './agent/contributions';
export { contributionsOverPeriod, withMixShares } from './agent/contributions';
export type { DiagnosticsResult } from './agent/diagnostics';
export { modelDiagnostics } from './agent/diagnostics';
export type { PeriodRange } from './agent/period';
export { resolvePeriod } from './agent/period';
export type { ResponseCurveResult } from './agent/response-curve';
export { responseCurve } from './agent/response-curve';
export type {
  BudgetConstraints,
  ContributionsArgs,
  DiagnosticsArgs,
  FitArgs,
  OptimizeArgs,
  ResponseCurveArgs,
  ScenarioChange,
  SearchArgs,
  ToolName,
  WhatIfArgs,
} from './agent/tool-schemas';
export {
  budgetConstraintsSchema,
  contributionsArgsSchema,
  diagnosticsArgsSchema,
  fitArgsSchema,
  flightingSchema,
  liftTestArgSchema,
  MAX_AMOUNT,
  optimizeArgsSchema,
  responseCurveArgsSchema,
  scenarioChangeSchema,
  searchArgsSchema,
  TOOL_NAMES,
  whatIfArgsSchema,
} from './agent/tool-schemas';
export { MONTH_WORD } from './data/calendar';
export { defaultChannelGroups } from './data/channel-groups';
export { channelKinds, channelLabel, channelStem } from './data/channel-names';
export { closestChannels, describeChannels, resolveChannels } from './data/channel-resolver';
export { datasetToCsv, sliceDataset } from './data/dataset-csv';
export type {
  Dataset,
  DatasetSchema,
  Frequency,
  SchemaOverrides,
  ValidationReport,
} from './data/dataset-types';
export type { DateFormat } from './data/date-parse';
export {
  countParameters,
  fourierPairs,
  minimumPeriods,
  PARAMETERS_PER_CHANNEL,
} from './data/parameter-count';
export { type ParseOptions, parseDataset } from './data/parse-dataset';
export type { ErrorCode, FieldIssue } from './errors';
export { invalid, isMixPilotError, MixPilotError } from './errors';
export { buildBaseDesign } from './fit/baseline-design';
export { runRate } from './fit/channel-results';
export { checkFitInput, fitModel, fitModelWithDraws } from './fit/fit-model';
export type { FitOptions } from './fit/fit-options';
export { fitSummary } from './fit/fit-summary';
export type { LiftTestInput } from './fit/lift-tests';
export { calibrationOf } from './fit/lift-tests';
export { spendScale } from './fit/media-params';
export { carryoverOf, marginalAt } from './fit/response-intervals';
export {
  adstockWeights,
  channelContribution,
  steadyStateMarginal,
  steadyStateResponse,
} from './model/channel-response';
export type {
  AdstockSpec,
  ChannelResponseModel,
  ChannelResult,
  FitMetrics,
  FittedModel,
  Interval,
  ModelDraw,
  SaturationSpec,
} from './model/model-types';
export type { Rng } from './model/random';
export { createRng } from './model/random';
export type { BudgetCurvePoint, BudgetCurveResult } from './optimizer/budget-curve';
export { budgetCurve } from './optimizer/budget-curve';
export type { OptimizeResult } from './optimizer/budget-optimizer';
export { optimizeBudget } from './optimizer/budget-optimizer';
export { channelLookup } from './scenario/channel-lookup';
export { drawDeltas } from './scenario/delta-interval';
export type { ChannelRelayout } from './scenario/flighting';
export { resolveFlighting } from './scenario/flighting';
export { formatMoney, formatNumber, formatPct } from './scenario/format';
export type { Horizon } from './scenario/horizon';
export { resolveHorizon } from './scenario/horizon';
export { AMOUNT_EXAMPLES, parseAmount, readAmount } from './scenario/parse-amount';
export { parseArgs as parseToolArgs } from './scenario/parse-args';
export type { PlanEvaluation, SpendPlan } from './scenario/plan-evaluation';
export { evaluatePlan } from './scenario/plan-evaluation';
export { referencePlan } from './scenario/reference-plan';
export type { BurstLayout, Flighting, Layout, LayoutChoice } from './scenario/spend-pattern';
export type { SyntheticChannel, SyntheticModelSpec } from './scenario/synthetic-model';
export { syntheticModel } from './scenario/synthetic-model';
export type { PlanOutcome, ScenarioOptions, WhatIfResult } from './scenario/what-if';
export { compareWhatIf, whatIf } from './scenario/what-if';
export {
  type BaselineRecovery,
  baselineRecovery,
  trueDriverEffects,
} from './simulate/baseline-recovery';
export { randomSpec } from './simulate/random-spec';
export { type ResponseRecovery, responseRecovery } from './simulate/response-recovery';
export { channelResponse, simulateDataset } from './simulate/simulate-dataset';
export type {
  ChannelTruth,
  SimChannelSpec,
  SimulatedDataset,
  SimulationSpec,
  SimulationTruth,
} from './simulate/simulation-types';
export { trueCarryover, trueModel, truePlanMedia, trueSteadyMarginal } from './simulate/true-model';
export { quantile } from './stats/quantile';
export { convolveLags } from './transforms/convolve';
export { geometricWeights } from './transforms/geometric-adstock';
export { hill, hillDerivative } from './transforms/hill-saturation';
export { weibullWeights } from './transforms/weibull-adstock';
export { fieldIssuesOf, fieldPath, readableReason } from './zod-issues';
