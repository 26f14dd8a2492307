import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from './create-store';
import { openDatabase } from './open-database';
import { sampleDataset, sampleModel } from './testing/fixtures';

describe('store on a PGlite file database', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps every row across a close and a reopen, without migrating again', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mixpilot-store-'));
    const first = await openDatabase({ dataDir: dir });
    const store = createStore(first);
    await store.workspaces.ensure({ id: 'demo', name: 'Demo' });
    const ds = await store.datasets.create('demo', {
      name: 'demo',
      activate: true,
      ...sampleDataset(),
    });
    const model = await store.models.create('demo', {
      datasetId: ds.id,
      model: sampleModel(),
      activate: true,
    });
    const thread = await store.threads.create('demo', { surface: 'cli' });
    await store.threads.appendTurn('demo', thread.id, [
      { role: 'user', text: 'q' },
      { role: 'assistant', text: 'a' },
    ]);
    const { key } = await store.apiKeys.create('demo', { label: 'local' });
    await first.close();
    expect(existsSync(path.join(dir, 'db', 'PG_VERSION'))).toBe(true);

    const second = await openDatabase({ dataDir: dir });
    try {
      const again = createStore(second);
      expect(await again.workspaces.get('demo')).toMatchObject({
        activeDatasetId: ds.id,
        activeModelId: model.id,
      });
      expect((await again.datasets.get('demo', ds.id)).data).toEqual(sampleDataset().data);
      expect((await again.models.get('demo', model.id)).model).toEqual(sampleModel());
      expect((await again.threads.get('demo', thread.id)).messages.map((m) => m.text)).toEqual([
        'q',
        'a',
      ]);
      expect((await again.apiKeys.verify(key))?.workspaceId).toBe('demo');
      const { rows } = await second.sql.query<{ n: number }>(
        'select count(*) as n from drizzle.__drizzle_migrations',
      );
      expect(rows[0]?.n).toBe(1);
      const ext = await second.sql.query(
        "select extname from pg_extension where extname = 'vector'",
      );
      expect(ext.rows.length).toBe(1);
    } finally {
      await second.close();
    }
  });
});
