import { describe, expect, it } from 'vitest';
import { sampleDataset, sampleModel } from './fixtures';
import type { SuiteContext } from './suite-context';
import { expectCode } from './suite-context';

/** Makes PostgreSQL raise in the middle of a repository's transaction, for one marked row. */
async function withTrigger(
  t: SuiteContext,
  table: string,
  timing: 'BEFORE INSERT' | 'BEFORE DELETE',
  condition: string,
  body: () => Promise<void>,
): Promise<void> {
  const sql = t.db().sql;
  const name = `fail_${table}`;
  await sql.exec(`
    CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF ${condition} THEN RAISE EXCEPTION 'forced failure'; END IF;
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END $$;
    CREATE TRIGGER ${name} ${timing} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}();`);
  try {
    await body();
  } finally {
    await sql.exec(`DROP TRIGGER ${name} ON ${table}; DROP FUNCTION ${name}();`);
  }
}

export function transactionsSuite(t: SuiteContext): void {
  describe('transactions', () => {
    it('stores nothing of a turn when its second message fails', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const thread = await store.threads.create(ws, { surface: 'api' });
      await withTrigger(t, 'messages', 'BEFORE INSERT', `NEW.text = 'boom'`, async () => {
        const turn = [
          { role: 'user' as const, text: 'question' },
          { role: 'assistant' as const, text: 'boom' },
        ];
        await expect(store.threads.appendTurn(ws, thread.id, turn)).rejects.toThrow();
      });
      const after = await store.threads.get(ws, thread.id);
      expect(after.messages).toEqual([]);
      expect(after.title).toBe('');
    });

    it('keeps a dataset, its models and the pointers when the delete fails halfway', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, {
        name: 'keep',
        activate: true,
        ...sampleDataset(),
      });
      const m = await store.models.create(ws, {
        datasetId: ds.id,
        model: sampleModel(),
        activate: true,
      });
      const s = await store.scenarios.create(ws, {
        modelId: m.id,
        name: 'p',
        kind: 'whatif',
        args: {},
        result: {},
      });
      await withTrigger(t, 'datasets', 'BEFORE DELETE', `OLD.name = 'keep'`, async () => {
        await expect(store.datasets.delete(ws, ds.id)).rejects.toThrow();
      });
      expect((await store.models.get(ws, m.id)).id).toBe(m.id);
      expect((await store.scenarios.get(ws, s.id)).id).toBe(s.id);
      expect(await store.workspaces.get(ws)).toMatchObject({
        activeDatasetId: ds.id,
        activeModelId: m.id,
      });
    });

    it('rolls back every write of store.transaction when the callback throws', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      await expect(
        store.transaction(async (tx) => {
          const ds = await tx.datasets.create(ws, {
            name: 'x',
            activate: true,
            ...sampleDataset(),
          });
          await tx.models.create(ws, { datasetId: ds.id, model: sampleModel(), activate: true });
          await tx.documents.upsert(ws, { title: 'd', body: 'b' });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await store.datasets.list(ws)).toEqual([]);
      expect(await store.models.list(ws)).toEqual([]);
      expect(await store.documents.list(ws)).toEqual([]);
      expect((await store.workspaces.get(ws)).activeDatasetId).toBeNull();
    });

    it('rolls back a nested repository failure without losing the outer work when caught', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const id = await store.transaction(async (tx) => {
        const ds = await tx.datasets.create(ws, { name: 'dup', ...sampleDataset() });
        await expectCode(tx.datasets.create(ws, { name: 'dup', ...sampleDataset() }), 'conflict');
        return ds.id;
      });
      expect((await store.datasets.list(ws)).map((d) => d.id)).toEqual([id]);
    });

    it('gives raw SQL inside db.transaction the same connection and rollback', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      await expect(
        t.db().transaction(async (tx) => {
          await tx.sql.query(`update workspaces set name = $1 where id = $2`, ['renamed', ws]);
          const { rows } = await tx.sql.query<{ name: string }>(
            'select name from workspaces where id = $1',
            [ws],
          );
          expect(rows[0]?.name).toBe('renamed');
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect((await store.workspaces.get(ws)).name).toBe('Test');
    });
  });
}
