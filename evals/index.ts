// Public surface of evals/. Other parts import only from here.
export type { PathStep } from './match/json-path';
export { parsePath, resolvePath } from './match/json-path';
export type { CaseChange, RunComparison } from './report/compare-runs';
export { compareRuns, formatComparison } from './report/compare-runs';
export { consoleSummary } from './report/console-summary';
export { htmlReport } from './report/html-report';
export { junitReport } from './report/junit-report';
export { scoreTurn } from './run/run-case';
export type { RunSuiteOptions } from './run/run-suite';
export { runSuite, selectCases } from './run/run-suite';
export type {
  CaseResult,
  RecordedCall,
  RunProgress,
  RunResult,
  RunSummary,
  TurnResult,
} from './run/run-types';
export { scoreArguments } from './scorers/arguments-scorer';
export type { JudgeChatModel } from './scorers/chat-judge';
export { createChatJudge, parseJudgeReply } from './scorers/chat-judge';
export { scoreCitations } from './scorers/citations-scorer';
export { scoreCorrectness } from './scorers/correctness-scorer';
export { scoreGroundedness } from './scorers/groundedness-scorer';
export type { Judge } from './scorers/judge-scorer';
export { JUDGE_PASS, scoreJudge } from './scorers/judge-scorer';
export { scoreLatency } from './scorers/latency-scorer';
export { scoreResults } from './scorers/results-scorer';
export type { ScoreResult, Scorer, ScorerName, TurnOutcome } from './scorers/score-types';
export { scoreTrajectory } from './scorers/trajectory-scorer';
export type {
  EvalRunStatus,
  EvalRunStorage,
  EvalService,
  EvalServiceDeps,
  StoredEvalRun,
} from './service/eval-service';
export { createEvalService } from './service/eval-service';
export type { FeedbackItem } from './service/feedback-drafts';
export { feedbackToDraftCases } from './service/feedback-drafts';
export type { Check, Matcher, NumberExpr, RefExpr } from './suite/matcher-schema';
export type { ParseSuiteOptions } from './suite/parse-suite';
export { parseSuite } from './suite/parse-suite';
export type {
  AnswerChecks,
  AnswerNumber,
  CitationsExpectation,
  EvalCase,
  Expectation,
  Suite,
  Thresholds,
  ToolExpectation,
  Turn,
} from './suite/suite-schema';
export { suiteSchema } from './suite/suite-schema';
