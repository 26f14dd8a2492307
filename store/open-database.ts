import type { Database, OpenDatabaseOptions } from './database';
import { openPglite } from './open-pglite';
import { openPostgres } from './open-postgres';

/**
 * Opens MixPilot's database and applies the migrations: PostgreSQL when `url` is given, else the
 * embedded PGlite file database under `<dataDir>/db` (default `.mixpilot/db`), or PGlite in memory
 * with `inMemory`.
 */
export function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    return openPostgres({
      url: options.url,
      schema: options.schema,
      maxConnections: options.maxConnections,
    });
  }
  return openPglite({
    dataDir: options.dataDir,
    inMemory: options.inMemory,
    schema: options.schema,
  });
}
