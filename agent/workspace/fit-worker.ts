import { parentPort } from 'node:worker_threads';
import { type Dataset, type FitOptions, fitModel, isMixPilotError } from '../../tools';
import type { FitReply } from './fit-runner';

/** Serves fit requests from the fit runner, one at a time, in the order they came. */
parentPort?.on('message', (request: { id: number; dataset: Dataset; options: FitOptions }) => {
  let reply: FitReply;
  try {
    reply = { id: request.id, model: fitModel(request.dataset, request.options) };
  } catch (error) {
    reply = {
      id: request.id,
      error: isMixPilotError(error)
        ? { message: error.message, code: error.code, issues: error.issues }
        : error instanceof Error
          ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
          : { message: String(error) },
    };
  }
  parentPort?.postMessage(reply);
});
