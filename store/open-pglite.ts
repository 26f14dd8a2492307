import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database, Orm } from './database';
import { clientOf } from './database';
import { migrationConfig } from './migrations-folder';
import { lockDatabase } from './pglite-lock';
import { readTemplate, writeTemplate } from './pglite-template';
import { quoteIdent } from './schema-name';
import type { PgliteLike } from './sql-handle';
import { pgliteHandle } from './sql-handle';

/**
 * Opens the embedded database: a PGlite file database under `<dataDir>/db`, or in memory. pgvector
 * is loaded and created, so the knowledge part can keep its vectors in the same database.
 */
export async function openPglite(options: {
  dataDir?: string;
  inMemory?: boolean;
  schema?: string;
}): Promise<Database> {
  let dataDir: string | undefined;
  let release = () => {};
  if (!options.inMemory) {
    const root = path.resolve(options.dataDir ?? '.mixpilot');
    await mkdir(root, { recursive: true });
    dataDir = path.join(root, 'db');
    release = lockDatabase(root);
  }
  const fresh = dataDir === undefined || !existsSync(path.join(dataDir, 'PG_VERSION'));
  const template = fresh ? await readTemplate() : undefined;
  const client = await createClient(dataDir, template);
  await client.exec('CREATE EXTENSION IF NOT EXISTS vector');
  if (options.schema) {
    const schema = quoteIdent(options.schema);
    await client.exec(
      `CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}, public`,
    );
  }
  const pglite = drizzle({ client });
  const orm = pglite as unknown as Orm;
  const config = migrationConfig(options.schema);
  const database: Database = {
    kind: 'pglite',
    orm,
    sql: pgliteHandle(client as unknown as PgliteLike),
    transaction: (fn) =>
      orm.transaction((tx) =>
        fn({ orm: tx as unknown as Orm, sql: pgliteHandle(clientOf(tx as Orm) as PgliteLike) }),
      ),
    migrate: () => migrate(pglite, config),
    close: async () => {
      await client.close();
      release();
    },
  };
  await database.migrate();
  if (options.inMemory && !template && !options.schema) await writeTemplate(client);
  return database;
}

/** Starts PGlite from the migrated template when there is one, else with a fresh initdb. */
async function createClient(dataDir: string | undefined, template: Blob | undefined) {
  if (template) {
    try {
      return await PGlite.create({ dataDir, extensions: { vector }, loadDataDir: template });
    } catch {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    }
  }
  return PGlite.create({ dataDir, extensions: { vector } });
}
