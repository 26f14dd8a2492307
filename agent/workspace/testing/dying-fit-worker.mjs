// A fit worker that dies mid-fit (as one killed by the system or out of memory would) when asked
// for seed 13, and otherwise answers as fit-worker.mjs does: the crash test of fit-runner.test.ts.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { answerFit } = await import('../fit-worker.ts');
parentPort?.on('message', (request) => {
  if (request.options.seed === 13) process.exit(3);
  parentPort?.postMessage(answerFit(request));
});
