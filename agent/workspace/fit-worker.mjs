// Entry of the fit worker thread (fit-runner.ts): loads the TypeScript sources through tsx, as
// bin/mixpilot.js does, then serves fit requests.
import { register } from 'tsx/esm/api';

register();
await import('./fit-worker.ts');
