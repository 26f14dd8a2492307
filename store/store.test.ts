import { openDatabase } from './open-database';
import { defineRepositorySuite } from './testing/repository-suite';

defineRepositorySuite('in-memory PGlite', {
  open: () => openDatabase({ inMemory: true }),
  migrationsTable: 'drizzle.__drizzle_migrations',
});
