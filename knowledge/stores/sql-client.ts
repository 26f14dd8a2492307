import type { PGliteInterface } from '@electric-sql/pglite';
import type { Sql, TransactionSql } from 'postgres';

/**
 * The SQL the knowledge base needs from a database, so it can share the application's PGlite or
 * PostgreSQL connection without depending on the store part.
 */
export interface SqlClient {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in a transaction when the driver supports it. */
  transaction?<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** Wraps an open PGlite database (created with the `vector` extension). */
export function sqlClientFromPglite(db: PGliteInterface): SqlClient {
  const wrap = (q: Pick<PGliteInterface, 'query' | 'exec'>): SqlClient => ({
    async query<T>(sql: string, params?: unknown[]) {
      const result = await q.query<T>(sql, params);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
  };
}

/** Wraps a postgres.js connection pool. */
export function sqlClientFromPostgres(sql: Sql): SqlClient {
  const wrap = (q: Sql | TransactionSql): SqlClient => ({
    async query<T>(text: string, params: unknown[] = []) {
      const rows = await q.unsafe(text, params as never[]);
      return { rows: [...rows] as T[] };
    },
    async exec(text: string) {
      await q.unsafe(text);
    },
  });
  return {
    ...wrap(sql),
    transaction: async <T>(fn: (tx: SqlClient) => Promise<T>) =>
      (await sql.begin((tx) => fn(wrap(tx)))) as T,
  };
}

/** Returns `name` when it is a plain lower-case SQL identifier, else throws (no quoting needed). */
export function checkTableName(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new RangeError(`bad table name '${name}'`);
  return name;
}

/** pgvector's text form of a vector: `[0.1,0.2,...]`. */
export function toVectorLiteral(vector: ArrayLike<number>): string {
  return `[${Array.prototype.join.call(vector, ',')}]`;
}
