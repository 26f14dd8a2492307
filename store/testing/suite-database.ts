import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../migrations-folder';
import type { SuiteContext } from './suite-context';

export function databaseSuite(t: SuiteContext, migrationsTable: string): void {
  describe('database', () => {
    it('applies the migrations once; migrating again changes nothing', async () => {
      const db = t.db();
      const count = async () =>
        (await db.sql.query<{ n: number }>(`select count(*) as n from ${migrationsTable}`)).rows[0]
          ?.n;
      const files = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql'));
      expect(await count()).toBe(files.length);
      const { store } = t.store();
      const ws = await t.workspace(store);
      await db.migrate();
      await db.migrate();
      expect(await count()).toBe(files.length);
      expect((await store.workspaces.get(ws)).id).toBe(ws);
    });

    it('returns the same JavaScript values from raw SQL on every backend', async () => {
      const { rows } = await t
        .db()
        .sql.query<Record<string, unknown>>(
          `select count(*) as n, $1::jsonb as doc, $2::timestamptz as at, $3::text[] as tags, 1.5::float8 as x`,
          [{ a: [1, 2] }, new Date('2024-02-03T04:05:06.789Z'), ['a', 'b']],
        );
      expect(rows).toEqual([
        {
          n: 1,
          doc: { a: [1, 2] },
          at: new Date('2024-02-03T04:05:06.789Z'),
          tags: ['a', 'b'],
          x: 1.5,
        },
      ]);
      await t.db().sql.exec('create temp table if not exists t_exec (a int); drop table t_exec;');
    });
  });
}
