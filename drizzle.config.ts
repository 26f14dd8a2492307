import { defineConfig } from 'drizzle-kit';

/** `npx drizzle-kit generate` writes SQL migrations from store/schema into store/migrations. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './store/schema/index.ts',
  out: './store/migrations',
});
