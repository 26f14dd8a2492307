import type { Store } from '../../store';
import {
  calibrationOf,
  checkFitInput,
  type FitOptions,
  type FittedModel,
  isMixPilotError,
  type LiftTestInput,
  MixPilotError,
} from '../../tools';
import type { ActiveData, ActiveModel, AgentPorts, SearchHit } from '../ports';
import { whileBeating } from './fit-heartbeat';
import { type FitRunner, inlineFitRunner } from './fit-runner';
import { KeyedQueue } from './keyed-queue';

export interface WorkspaceServiceDeps {
  store: Store;
  /** Methodology and workspace documents; empty results when no knowledge base is wired. */
  search?: (query: string, options: { workspaceId: string; k: number }) => Promise<SearchHit[]>;
  /** Fit settings for models fitted on demand (posterior draws for intervals, seed). */
  fitOptions?: FitOptions;
  /** Loaded models kept in memory (most recently used). */
  cacheSize?: number;
  /** Where fits run; default on the caller's thread (the server passes a worker thread). */
  fitRunner?: FitRunner;
  /** How often a running fit's record is touched (tests shorten it); see fit-heartbeat.ts. */
  heartbeatMs?: number;
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
   * Fits a dataset of the workspace and makes the model active, unless an upload or another fit
   * made something else active while it ran. Fits of a workspace run in the order asked. Bad
   * input (a lift test on an unknown channel or outside the data) throws before anything is
   * stored.
   */
  fitDataset(workspaceId: string, datasetId: string, request?: FitRequest): Promise<ActiveModel>;
  /** Forgets cached models of a workspace (after a delete or an upload). */
  invalidate(workspaceId: string): void;
  /** Resolves once no fit is running or waiting (before the database closes). */
  idle(): Promise<void>;
}

/** Where the workspace stands, without fitting anything. */
interface Standing {
  /** The active model, when it has its fit. */
  active?: ActiveModel;
  /** The dataset the active model is (or the next fit will be) fitted on. */
  datasetId: string;
  /** Lift tests of the active model record (the next fit keeps them). */
  calibration: LiftTestInput[] | undefined;
  /** The workspace's seed setting, if it has one. */
  seed: number | undefined;
}

const DEFAULT_FIT: FitOptions = { seed: 42, intervals: 60 };

/**
 * The workspace's data and model for the agent and the API. The active model is loaded from the
 * store once and kept in memory; the first question on a workspace with data but no model fits
 * one (concurrent requests share that fit). A fit is recorded as `running` while it runs and
 * becomes `ready` and active in one step when it is done.
 */
export function createWorkspaceService(deps: WorkspaceServiceDeps): WorkspaceService {
  const { store } = deps;
  const cache = new Map<string, ActiveModel>();
  const limit = deps.cacheSize ?? 32;
  const runner = deps.fitRunner ?? inlineFitRunner;
  /** A workspace's fits run one at a time, so the last one asked is the one left active. */
  const fits = new KeyedQueue();

  const remember = (active: ActiveModel): ActiveModel => {
    cache.delete(active.workspaceId);
    cache.set(active.workspaceId, active);
    while (cache.size > limit) cache.delete(cache.keys().next().value as string);
    return active;
  };

  /** Fits now (the caller holds the workspace's turn in `fits`). */
  async function fitNow(
    workspaceId: string,
    datasetId: string,
    request: FitRequest,
  ): Promise<ActiveModel> {
    const dataset = await store.datasets.get(workspaceId, datasetId);
    const settings: FitOptions = {
      ...DEFAULT_FIT,
      ...deps.fitOptions,
      ...(request.seed !== undefined ? { seed: request.seed } : {}),
      ...(request.calibration?.length ? { calibration: request.calibration } : {}),
    };
    // Bad input is the caller's to fix: refused before anything is recorded.
    checkFitInput(dataset.data, settings);
    const before = await store.workspaces.get(workspaceId);
    const record = await store.models.create(workspaceId, {
      datasetId,
      settings: { ...settings },
      running: true,
    });
    let model: FittedModel;
    try {
      // The beat tells other instances sweeping a shared database that this fit is alive.
      model = await whileBeating(
        () => runner.fit(dataset.data, settings),
        () => store.models.heartbeat(workspaceId, record.id),
        deps.heartbeatMs,
      );
    } catch (error) {
      await forget(workspaceId, record.id, error).catch(() => undefined);
      throw error;
    }
    // An upload or another fit that became active meanwhile is not undone.
    await store.models.markReady(workspaceId, record.id, model, {
      activate: true,
      ifActive: { modelId: before.activeModelId, datasetId: before.activeDatasetId },
    });
    const fitted = { workspaceId, datasetId, modelId: record.id, model, dataset: dataset.data };
    const after = await store.workspaces.get(workspaceId);
    return after.activeModelId === record.id ? remember(fitted) : fitted;
  }

  /** Input the check let through leaves no record either; a crash is kept as a failed model. */
  async function forget(workspaceId: string, modelId: string, error: unknown): Promise<void> {
    if (isMixPilotError(error)) await store.models.delete(workspaceId, modelId);
    else
      await store.models.markFailed(
        workspaceId,
        modelId,
        error instanceof Error ? error.message : String(error),
      );
  }

  /** Fits a dataset and makes the model active, after the workspace's fits asked before it. */
  function fitDataset(
    workspaceId: string,
    datasetId: string,
    request: FitRequest = {},
  ): Promise<ActiveModel> {
    return fits.run(workspaceId, () => fitNow(workspaceId, datasetId, request));
  }

  async function standing(workspaceId: string): Promise<Standing> {
    const workspace = await store.workspaces.get(workspaceId);
    const seed = typeof workspace.settings.seed === 'number' ? workspace.settings.seed : undefined;
    const cached = cache.get(workspaceId);
    if (cached && cached.modelId === workspace.activeModelId) {
      const active = remember(cached);
      return {
        active,
        datasetId: active.datasetId,
        calibration: calibrationOf(active.model.settings),
        seed,
      };
    }
    let calibration: LiftTestInput[] | undefined;
    if (workspace.activeModelId) {
      const record = await store.models.get(workspaceId, workspace.activeModelId);
      calibration = calibrationOf(record.settings);
      if (record.model) {
        const dataset = await store.datasets.get(workspaceId, record.datasetId);
        const active = remember({
          workspaceId,
          datasetId: record.datasetId,
          modelId: record.id,
          model: record.model,
          dataset: dataset.data,
        });
        return { active, datasetId: record.datasetId, calibration, seed };
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
    return { datasetId: workspace.activeDatasetId, calibration, seed };
  }

  async function load(
    workspaceId: string,
    onStatus?: (message: string) => void,
  ): Promise<ActiveModel> {
    const now = await standing(workspaceId);
    if (now.active) return now.active;
    return fits.run(workspaceId, async () => {
      // A fit that was ahead in the queue (a calibrated refit) may have made a model active.
      const turn = await standing(workspaceId);
      if (turn.active) return turn.active;
      onStatus?.('Fitting the model to your data (about a second)…');
      return fitNow(workspaceId, turn.datasetId, {
        seed: turn.seed,
        calibration: turn.calibration,
      });
    });
  }

  return {
    // Concurrent first questions share one fit: the later ones wait their turn in `fits` and
    // find the model the first one made active.
    activeModel: load,
    async activeData(workspaceId): Promise<ActiveData> {
      const now = await standing(workspaceId);
      if (now.active) return now.active;
      const dataset = await store.datasets.get(workspaceId, now.datasetId);
      return { workspaceId, datasetId: now.datasetId, dataset: dataset.data };
    },
    refit(workspaceId, seed, liftTests) {
      // Read where the workspace stands at its turn, after the fits asked before this one.
      return fits.run(workspaceId, async () => {
        const now = await standing(workspaceId);
        const fitted = await fitNow(workspaceId, now.datasetId, {
          seed: seed ?? now.seed,
          calibration: liftTests ?? now.calibration,
        });
        return now.active ? { ...fitted, previous: now.active.model } : fitted;
      });
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
    idle: () => fits.idle(),
  };
}
