import { defineConfig } from 'vitest/config';

/**
 * Tests that start the product as a process tree (`npm start`) and signal it. They run on their
 * own, after the main suite, so its parallel load does not stretch a full server's start-up and
 * shutdown inside them (under that load they once exposed a real race, fixed in `serve.ts`: the
 * parent was read after start-up, when npm's shell could already be gone).
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
