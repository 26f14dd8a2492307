import type { AgentService } from '../../agent';
import { MixPilotError } from '../../tools';
import type { Judge } from '../scorers/judge-scorer';
import type { EvalCase, Suite } from '../suite/suite-schema';
import { mapPool } from './pool';
import { runCase } from './run-case';
import type { CaseResult, RunProgress, RunResult } from './run-types';
import { summarize } from './summarize';

/** Collaborators and knobs of a run. */
export interface RunSuiteOptions {
  agent: AgentService;
  /** Turns a case's dataset reference (e.g. `demo`) into a workspace id; called once per dataset. */
  prepareWorkspace?: (datasetRef: string) => Promise<string>;
  /** Runs every case in this workspace, whatever the cases name (used by the HTTP service). */
  workspaceId?: string;
  /**
   * The dataset of cases that name neither a dataset nor a workspace (the CLI: `demo`, as
   * `mixpilot ask` without --data). Without it, such a suite is refused before any case runs.
   */
  defaultDataset?: string;
  judge?: Judge;
  /** Cases in flight at once (default 2). */
  concurrency?: number;
  /** Per-case time limit in ms when neither the case nor the suite sets one (default 60 000). */
  timeoutMs?: number;
  /** Only cases carrying at least one of these tags. */
  tags?: string[];
  /** The provider label recorded in the results, e.g. `offline`. */
  provider?: string;
  onProgress?: (progress: RunProgress) => void;
  /** Monotonic milliseconds (default `performance.now`). */
  now?: () => number;
  /** Wall clock for `startedAt` (default `new Date()`). */
  clock?: () => Date;
}

/** The cases a tag filter keeps (all when no tag is given). */
export function selectCases(suite: Suite, tags: string[] | undefined): EvalCase[] {
  if (!tags || tags.length === 0) return suite.cases;
  return suite.cases.filter((c) => c.tags.some((t) => tags.includes(t)));
}

/**
 * Runs a suite: cases in parallel up to `concurrency`, each in a fresh thread of its workspace,
 * scored turn by turn; returns every case's result and the summary against the thresholds.
 */
export async function runSuite(suite: Suite, options: RunSuiteOptions): Promise<RunResult> {
  const now = options.now ?? (() => performance.now());
  const startedAt = (options.clock ?? (() => new Date()))().toISOString();
  const t0 = now();
  const cases = selectCases(suite, options.tags);
  if (cases.length === 0)
    throw new MixPilotError(
      'invalid_input',
      `tags: no case of '${suite.name}' has ${options.tags?.join(', ')}`,
      {
        issues: [{ field: 'tags', reason: 'no case matches' }],
      },
    );
  const unplaced = options.workspaceId
    ? undefined
    : cases.find(
        (c) =>
          !(c.workspace ?? suite.defaults.workspace) &&
          !(c.dataset ?? suite.defaults.dataset ?? options.defaultDataset),
      );
  if (unplaced)
    throw new MixPilotError(
      'invalid_input',
      `dataset: case '${unplaced.id}' names no dataset; add one to the suite's defaults (defaults: { dataset: demo }) or to the case`,
      { issues: [{ field: 'dataset', reason: `case '${unplaced.id}' names no dataset` }] },
    );
  const workspaces = new Map<string, Promise<string>>();
  const workspaceFor = (c: EvalCase): Promise<string> => {
    if (options.workspaceId) return Promise.resolve(options.workspaceId);
    const direct = c.workspace ?? suite.defaults.workspace;
    if (direct) return Promise.resolve(direct);
    const ref = c.dataset ?? suite.defaults.dataset ?? options.defaultDataset;
    if (!ref) return Promise.reject(new Error('the case names no dataset or workspace'));
    if (!options.prepareWorkspace)
      return Promise.reject(new Error(`no workspace provider to prepare dataset '${ref}'`));
    let p = workspaces.get(ref);
    if (!p) {
      p = options.prepareWorkspace(ref);
      workspaces.set(ref, p);
    }
    return p;
  };
  const exclude = suite.thresholds.exclude_tags;
  let done = 0;
  let passed = 0;
  const results = await mapPool(cases, options.concurrency ?? 2, async (c): Promise<CaseResult> => {
    const excluded = c.tags.some((t) => exclude.includes(t));
    let result: CaseResult;
    try {
      result = await runCase(c, {
        agent: options.agent,
        workspaceId: await workspaceFor(c),
        defaults: suite.defaults.expect ?? {},
        timeoutMs: c.timeout_ms ?? suite.defaults.timeout_ms ?? options.timeoutMs ?? 60_000,
        excluded,
        now,
        ...(options.judge ? { judge: options.judge } : {}),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result = {
        id: c.id,
        tags: c.tags,
        excluded,
        pass: false,
        error: message,
        latencyMs: 0,
        scores: {},
        failures: [message],
        turns: [],
      };
    }
    done++;
    if (result.pass) passed++;
    options.onProgress?.({
      done,
      total: cases.length,
      passed,
      failed: done - passed,
      last: result,
    });
    return result;
  });
  return {
    suite: suite.name,
    ...(options.provider ? { provider: options.provider } : {}),
    startedAt,
    durationMs: now() - t0,
    thresholds: suite.thresholds,
    summary: summarize(results, suite.thresholds),
    cases: results,
  };
}
