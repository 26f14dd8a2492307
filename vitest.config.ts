import { defineConfig } from 'vitest/config';

/** Unit and integration tests: embedded services only, no network. */
export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', '**/*.pg.test.ts', '**/*.process.test.ts', '.mixpilot/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
