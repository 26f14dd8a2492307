import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from '../database';
import { suiteContext } from './suite-context';
import { conversationsSuite } from './suite-conversations';
import { dataSuite } from './suite-data';
import { databaseSuite } from './suite-database';
import { isolationSuite } from './suite-isolation';
import { jobsSuite } from './suite-jobs';
import { transactionsSuite } from './suite-transactions';
import { workspacesSuite } from './suite-workspaces';

export interface Backend {
  open(): Promise<Database>;
  /** Where drizzle records applied migrations on this backend (schema-qualified table). */
  migrationsTable: string;
  /** Cleanup after close (drop the test schema, remove the temp dir). */
  dispose?(): Promise<void>;
}

/**
 * The one repository suite every backend runs: in-memory PGlite in `npm test`, PostgreSQL in
 * `npm run test:pg`. Tests share one database and isolate themselves with fresh workspaces.
 */
export function defineRepositorySuite(name: string, backend: Backend): void {
  describe(`store on ${name}`, () => {
    let db: Database | undefined;
    beforeAll(async () => {
      db = await backend.open();
    });
    afterAll(async () => {
      await db?.close();
      await backend.dispose?.();
    });
    const t = suiteContext(() => {
      if (!db) throw new Error('database not open');
      return db;
    });
    databaseSuite(t, backend.migrationsTable);
    workspacesSuite(t);
    dataSuite(t);
    conversationsSuite(t);
    jobsSuite(t);
    isolationSuite(t);
    transactionsSuite(t);
  });
}
