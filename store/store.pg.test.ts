import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from './create-store';
import type { Database } from './database';
import { openDatabase } from './open-database';
import { defineRepositorySuite } from './testing/repository-suite';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema of its own for each run, so parallel runs never see each other's rows. */
function freshSchema(tag: string): string {
  return `mp_test_${tag}_${randomBytes(6).toString('hex')}`;
}

async function dropSchema(schema: string): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
}

const suiteSchema = freshSchema('suite');
defineRepositorySuite('PostgreSQL', {
  open: () => openDatabase({ url, schema: suiteSchema }),
  migrationsTable: `"${suiteSchema}".__drizzle_migrations`,
  dispose: () => dropSchema(suiteSchema),
});

describe('store on PostgreSQL with several processes', () => {
  const schema = freshSchema('multi');
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    [first, second] = await Promise.all([
      openDatabase({ url, schema }),
      openDatabase({ url, schema }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await dropSchema(schema);
  });

  it('opens, migrates and answers with a pool of a single connection', async () => {
    const single = await openDatabase({ url, schema, maxConnections: 1 });
    try {
      const { rows } = await single.sql.query<{ n: number }>(
        `select count(*) as n from "${schema}".__drizzle_migrations`,
      );
      expect(Number(rows[0]?.n)).toBe(1);
      await createStore(single).workspaces.ensure({ id: 'single', name: 'single' });
      await single.migrate();
    } finally {
      await single.close();
    }
  }, 20_000);

  it('migrates once when two servers start together', async () => {
    const { rows } = await first.sql.query<{ n: number }>(
      `select count(*) as n from "${schema}".__drizzle_migrations`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('gives each job to exactly one of two claiming servers', async () => {
    const a = createStore(first);
    const b = createStore(second);
    const total = 60;
    for (let i = 0; i < total; i++) await a.jobs.enqueue({ kind: 'fit', payload: { i } });
    const drain = async (store: typeof a, worker: string): Promise<string[]> => {
      const got: string[] = [];
      for (;;) {
        const batch = await Promise.all([0, 1, 2].map((k) => store.jobs.claim(`${worker}.${k}`)));
        const ids = batch.flatMap((j) => (j ? [j.id] : []));
        if (ids.length === 0) return got;
        got.push(...ids);
      }
    };
    const [fromA, fromB] = await Promise.all([drain(a, 'a'), drain(b, 'b')]);
    const all = [...fromA, ...fromB];
    expect(all.length).toBe(total);
    expect(new Set(all).size).toBe(total);
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromB.length).toBeGreaterThan(0);
  });
});
