import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests: embedded services only, no network. One worker per core: the
 * default leaves a core to the main process, which on a 2-core machine ran the suite on one
 * worker (320 s against 240 s with two, measured on 2026-11-23).
 */
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: [
      'node_modules/**',
      '**/*.pg.test.ts',
      '**/*.process.test.ts',
      '.mixpilot/**',
      '.scratch/**',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: availableParallelism(),
  },
});
