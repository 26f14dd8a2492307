import { createEvalService } from '../evals';
import type { EvalService, Logger } from '../server';
import type { Runtime } from './runtime';

/** The eval service over the runtime's agent and store, shaped for the HTTP routes. */
export function createHttpEvalService(
  runtime: Runtime,
  logger: Logger,
): EvalService & { idle(): Promise<void> } {
  const service = createEvalService({
    agent: runtime.agent,
    runs: runtime.store.evalRuns,
    provider: runtime.config.OPENAI_API_KEY ? 'openai' : 'offline',
    onError: (error) =>
      logger.error('eval run failed', {
        error: error instanceof Error ? error.message : String(error),
      }),
  });
  return {
    async start(workspaceId, suiteText) {
      return { id: await service.start(workspaceId, suiteText), status: 'queued' };
    },
    async get(workspaceId, id) {
      const status = await service.status(workspaceId, id);
      const results = status.status === 'done' ? await service.results(workspaceId, id) : undefined;
      return { ...status, ...(results ? { results } : {}) };
    },
    report: (workspaceId, id) => service.report(workspaceId, id),
    idle: () => service.idle(),
  };
}
