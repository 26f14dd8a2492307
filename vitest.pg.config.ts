import { defineConfig } from 'vitest/config';

/** Tests against a real PostgreSQL server; they need DATABASE_URL. */
export default defineConfig({
  test: {
    include: ['**/*.pg.test.ts'],
    exclude: ['node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
    passWithNoTests: true,
  },
});
