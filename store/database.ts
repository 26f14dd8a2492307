import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SqlHandle } from './sql-handle';

/** The drizzle query builder over either driver (or inside a transaction). */
export type Orm = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** What a transaction callback receives: the ORM and a raw SQL handle on the same connection. */
export interface DbTransaction {
  orm: Orm;
  sql: SqlHandle;
}

/** An open MixPilot database: embedded PGlite or PostgreSQL, migrated to the latest schema. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly orm: Orm;
  /** Raw SQL outside any transaction (do not use it inside `transaction`; use the `tx.sql` given). */
  readonly sql: SqlHandle;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: DbTransaction) => Promise<T>): Promise<T>;
  /** Applies pending migrations (done at open; calling it again is a no-op). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection URL; when absent the embedded PGlite database is used. */
  url?: string;
  /** Folder of the embedded database files (`<dataDir>/db`); default `.mixpilot`. */
  dataDir?: string;
  /** Embedded in-memory database (tests). */
  inMemory?: boolean;
  /** PostgreSQL schema for all tables (created if missing), e.g. one fresh schema per test run. */
  schema?: string;
  /** PostgreSQL pool size; default 10. */
  maxConnections?: number;
}

/** Extracts the driver client that a drizzle transaction runs on (drizzle keeps it on its session). */
export function clientOf(tx: Orm): unknown {
  const session = (tx as unknown as { session?: { client?: unknown } }).session;
  if (!session?.client) throw new Error('drizzle transaction without a driver client');
  return session.client;
}
