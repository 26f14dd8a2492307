// Entry of the fit worker thread (fit-runner.ts): loads the TypeScript sources through tsx, as
// bin/mixpilot.js does, then serves fit requests one at a time, in the order they came.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { answerFit } = await import('./fit-worker.ts');
parentPort?.on('message', (request) => parentPort?.postMessage(answerFit(request)));
