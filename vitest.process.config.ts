import { defineConfig } from 'vitest/config';

/**
 * Tests that start the product as a process tree (`npm start`) and signal it. They run on their
 * own, after the main suite: under the main suite's parallel load the server's exit after npm's
 * SIGTERM was not seen within 90 s in two of three runs, while it is seen within seconds alone.
 */
export default defineConfig({
  test: {
    include: ['**/*.process.test.ts'],
    exclude: ['node_modules/**'],
    pool: 'forks',
    fileParallelism: false,
    passWithNoTests: true,
  },
});
