import { type Dataset, type FitOptions, fitModel, isMixPilotError } from '../../tools';
import type { FitReply } from './fit-runner';

/** One fit request from the fit runner. */
export interface FitRequestMessage {
  id: number;
  dataset: Dataset;
  options: FitOptions;
}

/** Fits one request for the fit worker (fit-worker.mjs); an error becomes a reply, never a throw. */
export function answerFit(request: FitRequestMessage): FitReply {
  try {
    return { id: request.id, model: fitModel(request.dataset, request.options) };
  } catch (error) {
    return {
      id: request.id,
      error: isMixPilotError(error)
        ? { message: error.message, code: error.code, issues: error.issues }
        : error instanceof Error
          ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
          : { message: String(error) },
    };
  }
}
