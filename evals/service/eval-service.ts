import type { AgentService } from '../../agent';
import { htmlReport } from '../report/html-report';
import { runSuite } from '../run/run-suite';
import type { RunResult, RunSummary } from '../run/run-types';
import type { Judge } from '../scorers/judge-scorer';
import { type ParseSuiteOptions, parseSuite } from '../suite/parse-suite';

/** A stored run as the service reads it back (the store's eval run record fits). */
export interface StoredEvalRun {
  id: string;
  status: string;
  results?: unknown;
  reportHtml?: string | null;
  error?: string | null;
}

/** Where runs are kept: the store's `evalRuns` repository satisfies this. */
export interface EvalRunStorage {
  create(workspaceId: string, input: { suite: Record<string, unknown> }): Promise<{ id: string }>;
  markRunning(workspaceId: string, id: string): Promise<unknown>;
  complete(
    workspaceId: string,
    id: string,
    output: { results: Record<string, unknown>; reportHtml?: string },
  ): Promise<unknown>;
  fail(workspaceId: string, id: string, error: string): Promise<unknown>;
  get(workspaceId: string, id: string): Promise<StoredEvalRun>;
}

/** Collaborators of the eval service. */
export interface EvalServiceDeps {
  agent: AgentService;
  runs: EvalRunStorage;
  judge?: Judge;
  /** Cases in flight per run (default 2). */
  concurrency?: number;
  timeoutMs?: number;
  provider?: string;
  /** Told about failures of background runs (after they are stored as failed). */
  onError?: (error: unknown) => void;
}

/** What `GET /api/evals/:id` shows. */
export interface EvalRunStatus {
  id: string;
  status: string;
  summary?: RunSummary;
  error?: string;
}

/** Eval runs for the HTTP API: submit a suite, it runs in the background, read its state back. */
export interface EvalService {
  /** Validates the suite (throws `invalid_input` naming the case and field), stores it, runs it in the background. */
  start(
    workspaceId: string,
    suiteText: string,
    options?: ParseSuiteOptions & { tags?: string[] },
  ): Promise<string>;
  status(workspaceId: string, runId: string): Promise<EvalRunStatus>;
  /** The full results once done, else undefined. */
  results(workspaceId: string, runId: string): Promise<RunResult | undefined>;
  /** The HTML report once done, else undefined. */
  report(workspaceId: string, runId: string): Promise<string | undefined>;
  /** Resolves when every background run has finished (tests, shutdown). */
  idle(): Promise<void>;
}

/**
 * The eval service. Every case of a submitted suite runs in the submitting workspace (cases'
 * dataset or workspace fields are ignored), so a run never touches another workspace.
 */
export function createEvalService(deps: EvalServiceDeps): EvalService {
  const inFlight = new Set<Promise<void>>();

  async function execute(
    workspaceId: string,
    id: string,
    suite: ReturnType<typeof parseSuite>,
    tags?: string[],
  ) {
    try {
      await deps.runs.markRunning(workspaceId, id);
      const result = await runSuite(suite, {
        agent: deps.agent,
        workspaceId,
        concurrency: deps.concurrency ?? 2,
        ...(deps.judge ? { judge: deps.judge } : {}),
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.provider ? { provider: deps.provider } : {}),
        ...(tags ? { tags } : {}),
      });
      await deps.runs.complete(workspaceId, id, {
        results: result as unknown as Record<string, unknown>,
        reportHtml: htmlReport(result),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await deps.runs.fail(workspaceId, id, message).catch(() => {});
      deps.onError?.(error);
    }
  }

  return {
    async start(workspaceId, suiteText, options = {}) {
      const suite = parseSuite(suiteText, options);
      const { id } = await deps.runs.create(workspaceId, {
        suite: suite as unknown as Record<string, unknown>,
      });
      const job = execute(workspaceId, id, suite, options.tags).finally(() => inFlight.delete(job));
      inFlight.add(job);
      return id;
    },
    async status(workspaceId, runId) {
      const run = await deps.runs.get(workspaceId, runId);
      const summary = (run.results as RunResult | null | undefined)?.summary;
      return {
        id: run.id,
        status: run.status,
        ...(summary ? { summary } : {}),
        ...(run.error ? { error: run.error } : {}),
      };
    },
    async results(workspaceId, runId) {
      const run = await deps.runs.get(workspaceId, runId);
      return (run.results as RunResult | null | undefined) ?? undefined;
    },
    async report(workspaceId, runId) {
      const run = await deps.runs.get(workspaceId, runId);
      return run.reportHtml ?? undefined;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
