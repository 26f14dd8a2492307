import { Worker } from 'node:worker_threads';
import {
  type Dataset,
  type ErrorCode,
  type FieldIssue,
  type FitOptions,
  type FittedModel,
  fitModel,
  MixPilotError,
} from '../../tools';

/** Runs fits for the workspace service: inline, or on a worker thread so the server stays responsive. */
export interface FitRunner {
  fit(dataset: Dataset, options: FitOptions): Promise<FittedModel>;
  /** Stops the worker, if any; pending fits fail. */
  close(): Promise<void>;
}

/** Fits on the caller's thread (the CLI, and tests that need no server). */
export const inlineFitRunner: FitRunner = {
  fit: async (dataset, options) => fitModel(dataset, options),
  close: async () => {},
};

/** What the worker sends back for one fit (see fit-worker.ts). */
export type FitReply =
  | { id: number; model: FittedModel }
  | {
      id: number;
      error: { message: string; code?: ErrorCode; issues?: FieldIssue[]; stack?: string };
    };

interface Pending {
  resolve: (model: FittedModel) => void;
  reject: (error: Error) => void;
}

/**
 * Fits on one worker thread, started on the first fit and kept for the next (loading the engine
 * there takes about a second; a fit of three years of weekly data takes about as long). Fits queue
 * on the worker in the order asked, and the caller's event loop keeps serving requests meanwhile.
 * The worker runs the same code as `fitModel`, so results are identical to an inline fit. It does
 * not keep the process alive; if it dies, the pending fits fail and the next fit starts a new one.
 */
export function workerFitRunner(): FitRunner {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    worker = undefined;
  };

  const start = (): Worker => {
    const w = new Worker(new URL('./fit-worker.mjs', import.meta.url));
    w.unref();
    w.on('message', (reply: FitReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      if ('model' in reply) p.resolve(reply.model);
      else p.reject(rebuildError(reply.error));
    });
    w.on('error', (error) => failAll(error));
    w.on('exit', (code) => {
      if (worker === w) failAll(new Error(`the fit worker stopped (exit code ${code})`));
    });
    return w;
  };

  return {
    fit(dataset, options) {
      worker ??= start();
      const w = worker;
      const id = next++;
      return new Promise<FittedModel>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Held while a fit runs, so a CLI or script awaiting it does not exit early.
        w.ref();
        w.postMessage({ id, dataset, options });
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
      failAll(new Error('the fit runner was closed'));
    },
  };
}

/** The worker's error as the caller's: a MixPilotError stays one (code and field issues kept). */
function rebuildError(e: Extract<FitReply, { error: unknown }>['error']): Error {
  if (e.code) return new MixPilotError(e.code, e.message, { issues: e.issues ?? [] });
  const error = new Error(e.message);
  if (e.stack) error.stack = e.stack;
  return error;
}
