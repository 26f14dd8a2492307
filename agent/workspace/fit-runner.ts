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
  /** Stops the worker, if any: pending fits fail, and later ones are refused. */
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

/** One worker thread and the fits it owes. */
interface Live {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Fits on one worker thread, started on the first fit and kept for the next (loading the engine
 * there takes about a second; a fit of three years of weekly data takes about as long). Fits queue
 * on the worker in the order asked, and the caller's event loop keeps serving requests meanwhile.
 * The worker runs the same code as `fitModel`, so results are identical to an inline fit. It holds
 * the process open only while it owes a fit; if it dies, its pending fits fail and the next fit
 * starts a new one. After `close` every fit is refused.
 */
export function workerFitRunner(
  options: {
    /** The worker's entry; tests pass one that dies mid-fit. Default fit-worker.mjs. */
    script?: URL;
  } = {},
): FitRunner {
  const script = options.script ?? new URL('./fit-worker.mjs', import.meta.url);
  let live: Live | undefined;
  let closed = false;
  let next = 0;

  const start = (): Live => {
    const worker = new Worker(script);
    const self: Live = { worker, pending: new Map() };
    worker.unref();
    const fail = (error: Error) => {
      for (const p of self.pending.values()) p.reject(error);
      self.pending.clear();
      if (live === self) live = undefined;
    };
    worker.on('message', (reply: FitReply) => {
      const p = self.pending.get(reply.id);
      self.pending.delete(reply.id);
      if (self.pending.size === 0) worker.unref();
      if (!p) return;
      if ('model' in reply) p.resolve(reply.model);
      else p.reject(rebuildError(reply.error));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the fit worker stopped (exit code ${code})`)));
    return self;
  };

  return {
    fit(dataset, options) {
      if (closed) return Promise.reject(new Error('the fit runner is closed'));
      live ??= start();
      const { worker, pending } = live;
      const id = next++;
      return new Promise<FittedModel>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Held while a fit runs, so a CLI or script awaiting it does not exit early.
        worker.ref();
        worker.postMessage({ id, dataset, options });
      });
    },
    async close() {
      closed = true;
      const last = live;
      live = undefined;
      if (!last) return;
      for (const p of last.pending.values()) p.reject(new Error('the fit runner was closed'));
      last.pending.clear();
      await last.worker.terminate();
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
