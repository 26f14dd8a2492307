import type { Store } from '../../store';
import {
  calibrationOf,
  type FitOptions,
  type FittedModel,
  fitModel,
  isMixPilotError,
  type LiftTestInput,
  MixPilotError,
} from '../../tools';
import type { ActiveModel, AgentPorts, SearchHit } from '../ports';

export interface WorkspaceServiceDeps {
  store: Store;
  /** Methodology and workspace documents; empty results when no knowledge base is wired. */
  search?: (query: string, options: { workspaceId: string; k: number }) => Promise<SearchHit[]>;
  /** Fit settings for models fitted on demand (posterior draws for intervals, seed). */
  fitOptions?: FitOptions;
  /** Loaded models kept in memory (most recently used). */
  cacheSize?: number;
}

/** How one fit is made, on top of the service's fit settings. */
export interface FitRequest {
  /** Seed of the parameter search; default the service's. */
  seed?: number;
  /** Lift tests to calibrate to; stored in the model's settings, so refits keep them. */
  calibration?: LiftTestInput[];
}

/** AgentPorts plus what the HTTP routes need: the active model, fitting and scenario decisions. */
export interface WorkspaceService extends AgentPorts {
  /**
   * Fits a dataset of the workspace and makes the model active. Bad input (a lift test on an
   * unknown channel or outside the data) throws before anything is stored.
   */
  fitDataset(workspaceId: string, datasetId: string, request?: FitRequest): Promise<ActiveModel>;
  /** Forgets cached models of a workspace (after a delete or an upload). */
  invalidate(workspaceId: string): void;
}

const DEFAULT_FIT: FitOptions = { seed: 42, intervals: 60 };

/**
 * The workspace's data and model for the agent and the API. The active model is loaded from the
 * store once and kept in memory; the first question on a workspace with data but no model fits
 * one (concurrent requests share that fit).
 */
export function createWorkspaceService(deps: WorkspaceServiceDeps): WorkspaceService {
  const { store } = deps;
  const cache = new Map<string, ActiveModel>();
  const inflight = new Map<string, Promise<ActiveModel>>();
  const limit = deps.cacheSize ?? 32;

  const remember = (active: ActiveModel): ActiveModel => {
    cache.delete(active.workspaceId);
    cache.set(active.workspaceId, active);
    while (cache.size > limit) cache.delete(cache.keys().next().value as string);
    return active;
  };

  async function fitDataset(
    workspaceId: string,
    datasetId: string,
    request: FitRequest = {},
  ): Promise<ActiveModel> {
    const dataset = await store.datasets.get(workspaceId, datasetId);
    const settings: FitOptions = {
      ...DEFAULT_FIT,
      ...deps.fitOptions,
      ...(request.seed !== undefined ? { seed: request.seed } : {}),
      ...(request.calibration?.length ? { calibration: request.calibration } : {}),
    };
    let model: FittedModel;
    try {
      model = fitModel(dataset.data, settings);
    } catch (error) {
      // Bad input is the caller's to fix and leaves no record; a crash is kept as a failed model.
      if (!isMixPilotError(error)) {
        const failed = await store.models.create(workspaceId, {
          datasetId,
          settings: { ...settings },
        });
        await store.models.markFailed(
          workspaceId,
          failed.id,
          error instanceof Error ? error.message : String(error),
        );
      }
      throw error;
    }
    const record = await store.models.create(workspaceId, {
      datasetId,
      settings: { ...settings },
      model,
      activate: true,
    });
    return remember({ workspaceId, datasetId, modelId: record.id, model, dataset: dataset.data });
  }

  async function load(
    workspaceId: string,
    onStatus?: (message: string) => void,
  ): Promise<ActiveModel> {
    const workspace = await store.workspaces.get(workspaceId);
    const cached = cache.get(workspaceId);
    if (cached && cached.modelId === workspace.activeModelId) return remember(cached);
    let calibration: LiftTestInput[] | undefined;
    if (workspace.activeModelId) {
      const record = await store.models.get(workspaceId, workspace.activeModelId);
      calibration = calibrationOf(record.settings);
      if (record.model) {
        const dataset = await store.datasets.get(workspaceId, record.datasetId);
        return remember({
          workspaceId,
          datasetId: record.datasetId,
          modelId: record.id,
          model: record.model,
          dataset: dataset.data,
        });
      }
    }
    if (!workspace.activeDatasetId) {
      throw new MixPilotError(
        'not_found',
        'This workspace has no data yet: upload a CSV first (POST /api/datasets or the upload form).',
        {
          issues: [{ field: 'dataset', reason: 'no dataset uploaded' }],
        },
      );
    }
    onStatus?.('Fitting the model to your data (about a second)…');
    const seed = typeof workspace.settings.seed === 'number' ? workspace.settings.seed : undefined;
    return fitDataset(workspaceId, workspace.activeDatasetId, { seed, calibration });
  }

  return {
    activeModel(workspaceId, onStatus) {
      const running = inflight.get(workspaceId);
      if (running) return running;
      const promise = load(workspaceId, onStatus).finally(() => inflight.delete(workspaceId));
      inflight.set(workspaceId, promise);
      return promise;
    },
    async refit(workspaceId, seed, liftTests) {
      const current = await this.activeModel(workspaceId);
      const calibration = liftTests ?? calibrationOf(current.model.settings);
      return fitDataset(workspaceId, current.datasetId, { seed, calibration });
    },
    async search(query, options) {
      return deps.search ? deps.search(query, options) : [];
    },
    async saveScenario(workspaceId, scenario) {
      const active = await this.activeModel(workspaceId);
      const record = await store.scenarios.create(workspaceId, {
        modelId: active.modelId,
        name: scenario.name,
        kind: scenario.kind,
        args: scenario.args as Record<string, unknown>,
        result: scenario.result as Record<string, unknown>,
      });
      return record.id;
    },
    async decideScenario(workspaceId, scenarioId, approve) {
      if (approve) await store.scenarios.approve(workspaceId, scenarioId, 'chat');
      else await store.scenarios.reject(workspaceId, scenarioId, 'chat');
    },
    fitDataset,
    invalidate(workspaceId) {
      cache.delete(workspaceId);
    },
  };
}
