/**
 * A driver-neutral raw SQL handle, so other parts (pgvector store, LangGraph checkpointer) can run
 * their own SQL on MixPilot's database. Both drivers return the same JavaScript values:
 * json/jsonb as objects, timestamps and dates as `Date`, int8 (e.g. `count(*)`) as numbers.
 */
export interface SqlHandle {
  /** One statement with `$1`-style parameters. Plain objects are sent as JSON, dates as ISO text. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** One or more statements without parameters (DDL, scripts). */
  exec(text: string): Promise<void>;
}

/** The part of a PGlite client or transaction the handle uses. */
export interface PgliteLike {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(text: string): Promise<unknown>;
}

/** The part of a postgres.js client, reserved connection or transaction the handle uses. */
export interface PostgresLike {
  unsafe(
    text: string,
    params?: never[],
  ): PromiseLike<ArrayLike<unknown> & { columns?: readonly { name: string; type: number }[] }> & {
    simple(): PromiseLike<unknown>;
  };
}

const DATE_TYPES = new Set([1082, 1114, 1184]);
const INT8 = 20;

function toParam(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (ArrayBuffer.isView(value)) return value;
    return JSON.stringify(value);
  }
  return value;
}

export function pgliteHandle(client: PgliteLike): SqlHandle {
  return {
    async query<T>(text: string, params: unknown[] = []) {
      const result = await client.query<T>(text, params.map(toParam));
      return { rows: result.rows };
    },
    async exec(text: string) {
      await client.exec(text);
    },
  };
}

export function postgresHandle(client: PostgresLike): SqlHandle {
  return {
    async query<T>(text: string, params: unknown[] = []) {
      const result = await client.unsafe(text, params.map(toParam) as never[]);
      const columns = result.columns ?? [];
      const rows: T[] = [];
      for (let i = 0; i < result.length; i++) {
        const row = result[i] as Record<string, unknown>;
        for (const column of columns) {
          const value = row[column.name];
          if (typeof value !== 'string') continue;
          if (DATE_TYPES.has(column.type)) row[column.name] = new Date(value);
          else if (column.type === INT8) row[column.name] = Number(value);
        }
        rows.push(row as T);
      }
      return { rows };
    },
    async exec(text: string) {
      await client.unsafe(text).simple();
    },
  };
}
