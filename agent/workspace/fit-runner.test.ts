import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { fitModel, isMixPilotError, parseDataset } from '../../tools';
import { workerFitRunner } from './fit-runner';

const csv = await readFile(new URL('../../data/demo.csv', import.meta.url), 'utf8');
const { dataset } = parseDataset(csv);
const runner = workerFitRunner();
afterAll(() => runner.close());

describe('fits on a worker thread', () => {
  it('gives exactly the inline fit, while the caller keeps running', async () => {
    let ticks = 0;
    let done = false;
    const tick = () => {
      ticks++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const fitted = await runner.fit(dataset, { seed: 7, intervals: 10 });
    done = true;
    // An inline fit would hold the event loop until it returned: no tick could run meanwhile.
    expect(ticks).toBeGreaterThan(1);
    expect(JSON.stringify(fitted)).toBe(
      JSON.stringify(fitModel(dataset, { seed: 7, intervals: 10 })),
    );
  });

  it('returns a bad-input error as the same MixPilotError, naming the field', async () => {
    const error = await runner
      .fit(dataset, { calibration: [{ channel: 'tiktok_spend', roi: 1, sd: 0.1 }] })
      .catch((e: unknown) => e);
    expect(isMixPilotError(error)).toBe(true);
    expect(isMixPilotError(error) && error.issues[0]?.field).toBe('calibration[0].channel');
  });

  it('fails the fits still pending when closed, and refuses fits after', async () => {
    const other = workerFitRunner();
    const pending = other.fit(dataset, { seed: 1 }).catch((e: unknown) => e);
    await other.close();
    expect(String(await pending)).toMatch(/closed|stopped/);
    await expect(other.fit(dataset, { seed: 1 })).rejects.toThrow(/closed/);
  });

  it('fails the fit whose worker dies, and runs the next one on a new worker', async () => {
    const dying = workerFitRunner({
      script: new URL('./testing/dying-fit-worker.mjs', import.meta.url),
    });
    try {
      const [lost, queued] = await Promise.all([
        dying.fit(dataset, { seed: 13, intervals: 0 }).catch((e: unknown) => e),
        // Queued behind it on the same worker: it dies with it.
        dying.fit(dataset, { seed: 1, intervals: 0 }).catch((e: unknown) => e),
      ]);
      expect(String(lost)).toMatch(/fit worker stopped \(exit code 3\)/);
      expect(String(queued)).toMatch(/fit worker stopped/);
      const next = await dying.fit(dataset, { seed: 1, intervals: 0 });
      expect(JSON.stringify(next)).toBe(
        JSON.stringify(fitModel(dataset, { seed: 1, intervals: 0 })),
      );
    } finally {
      await dying.close();
    }
  });
});
