import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database, Orm } from './database';
import { clientOf } from './database';
import { migrationConfig } from './migrations-folder';
import { quoteIdent } from './schema-name';
import type { PostgresLike } from './sql-handle';
import { postgresHandle } from './sql-handle';

/**
 * Session-level advisory lock, held on a connection of its own while the pool migrates, so
 * replicas starting together apply the migrations one after the other. The lock lives outside
 * the pool because a pool of one connection would otherwise wait on itself.
 */
const MIGRATION_LOCK = 7_104_731_001;

/** Opens PostgreSQL through the `postgres` driver and applies the migrations. */
export async function openPostgres(options: {
  url: string;
  schema?: string;
  maxConnections?: number;
}): Promise<Database> {
  const schema = options.schema === undefined ? undefined : quoteIdent(options.schema);
  const client = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connection: schema ? { search_path: schema } : {},
  });
  const pgOrm = drizzle({ client });
  const orm = pgOrm as unknown as Orm;
  const config = migrationConfig(options.schema);

  const runMigrations = async (): Promise<void> => {
    const lock = postgres(options.url, { max: 1, onnotice: () => {} });
    try {
      await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
      try {
        if (schema) await lock.unsafe(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await migrate(pgOrm, config);
      } finally {
        await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
      }
    } finally {
      await lock.end({ timeout: 5 });
    }
  };

  const database: Database = {
    kind: 'postgres',
    orm,
    sql: postgresHandle(client as unknown as PostgresLike),
    transaction: (fn) =>
      orm.transaction((tx) =>
        fn({ orm: tx as unknown as Orm, sql: postgresHandle(clientOf(tx as Orm) as PostgresLike) }),
      ),
    migrate: runMigrations,
    close: () => client.end({ timeout: 5 }),
  };
  try {
    await runMigrations();
  } catch (error) {
    await client.end({ timeout: 1 });
    throw error;
  }
  return database;
}
