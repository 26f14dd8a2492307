import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../api-keys-repository';
import { sampleDataset, sampleModel } from './fixtures';
import type { SuiteContext } from './suite-context';
import { expectCode } from './suite-context';

export function workspacesSuite(t: SuiteContext): void {
  describe('workspaces', () => {
    it('ensures a workspace idempotently and reports unknown ids as not found', async () => {
      const { store } = t.store();
      const id = `demo_${Math.random().toString(36).slice(2)}`;
      const first = await store.workspaces.ensure({ id, name: 'Demo' });
      const second = await store.workspaces.ensure({ id, name: 'Other name' });
      expect(second).toEqual(first);
      await expectCode(store.workspaces.get('no-such-workspace'), 'not_found');
      await expectCode(store.workspaces.create({ id, name: 'Again' }), 'conflict');
    });

    it('merges settings and maps a Slack team to one workspace', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const team = `T${Math.random().toString(36).slice(2)}`;
      await store.workspaces.update(ws, { settings: { channelGroups: { social: ['fb'] } } });
      const updated = await store.workspaces.update(ws, {
        slackTeamId: team,
        settings: { seed: 3 },
      });
      expect(updated.settings).toEqual({ channelGroups: { social: ['fb'] }, seed: 3 });
      expect((await store.workspaces.findBySlackTeam(team))?.id).toBe(ws);
      const other = await t.workspace(store);
      await expectCode(store.workspaces.update(other, { slackTeamId: team }), 'conflict');
      await expectCode(store.workspaces.update(ws, { name: '  ' }), 'unprocessable');
    });

    it('activates only a ready model and takes its dataset along', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, { name: 'a', ...sampleDataset() });
      const queued = await store.models.create(ws, { datasetId: ds.id });
      await expectCode(store.workspaces.setActive(ws, { modelId: queued.id }), 'conflict');
      const ready = await store.models.create(ws, { datasetId: ds.id, model: sampleModel() });
      const after = await store.workspaces.setActive(ws, { modelId: ready.id });
      expect(after).toMatchObject({ activeModelId: ready.id, activeDatasetId: ds.id });
      const cleared = await store.workspaces.setActive(ws, { datasetId: null, modelId: null });
      expect(cleared).toMatchObject({ activeModelId: null, activeDatasetId: null });
    });

    it('deletes a workspace with everything in it', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, { name: 'a', ...sampleDataset() });
      await store.workspaces.delete(ws);
      await expectCode(store.datasets.get(ws, ds.id), 'not_found');
      await expectCode(store.workspaces.delete(ws), 'not_found');
    });
  });

  describe('api keys', () => {
    it('returns the clear key once and stores only its SHA-256 and prefix', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const { key, record } = await store.apiKeys.create(ws, { label: 'CI' });
      expect(key).toMatch(/^mp_[A-Za-z0-9_-]{43}$/);
      expect(record).not.toHaveProperty('hash');
      expect(key.startsWith(record.prefix)).toBe(true);
      const { rows } = await t
        .db()
        .sql.query<Record<string, unknown>>('select * from api_keys where id = $1', [record.id]);
      expect(rows[0]?.hash).toBe(hashApiKey(key));
      expect(JSON.stringify(rows)).not.toContain(key);
    });

    it('verifies a key by hash, records its use, and refuses revoked or wrong keys', async () => {
      const { store, clock } = t.store();
      const ws = await t.workspace(store);
      const { key, record } = await store.apiKeys.create(ws, { label: 'widget' });
      expect(await store.apiKeys.verify(key)).toEqual({ workspaceId: ws, keyId: record.id });
      const [listed] = await store.apiKeys.list(ws);
      expect(listed?.lastUsedAt).toEqual(clock.now());
      expect(await store.apiKeys.verify(`${key.slice(0, -1)}x`)).toBeUndefined();
      expect(await store.apiKeys.verify('not-a-key')).toBeUndefined();
      const revoked = await store.apiKeys.revoke(ws, record.id);
      expect(revoked.revokedAt).toEqual(clock.now());
      expect(await store.apiKeys.verify(key)).toBeUndefined();
      await expectCode(store.apiKeys.create('no-such-workspace', { label: 'x' }), 'not_found');
    });

    it('revokes a key once: again keeps the first time and tells no one; unknown ids are not_found', async () => {
      const { store, clock } = t.store();
      const ws = await t.workspace(store);
      const { record } = await store.apiKeys.create(ws, { label: 'twice' });
      const heard: string[] = [];
      const unsubscribe = store.apiKeys.onRevoked((id) => heard.push(id));
      const first = await store.apiKeys.revoke(ws, record.id);
      clock.advance(60_000);
      const again = await store.apiKeys.revoke(ws, record.id);
      unsubscribe();
      expect(again.revokedAt).toEqual(first.revokedAt);
      expect(again.revokedAt).not.toEqual(clock.now());
      expect(heard).toEqual([record.id]);
      await expectCode(store.apiKeys.revoke(ws, 'key_unknown'), 'not_found');
      await expectCode(store.apiKeys.revoke('another-workspace', record.id), 'not_found');
    });

    it('tells subscribers of a revocation at once, or once its transaction commits, never after a rollback', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const heard: string[] = [];
      const unsubscribe = store.apiKeys.onRevoked((id) => heard.push(id));
      const direct = (await store.apiKeys.create(ws, { label: 'direct' })).record.id;
      const committed = (await store.apiKeys.create(ws, { label: 'committed' })).record.id;
      const rolledBack = (await store.apiKeys.create(ws, { label: 'rolled back' })).record.id;
      await store.apiKeys.revoke(ws, direct);
      expect(heard).toEqual([direct]);
      await store.transaction(async (tx) => {
        await tx.apiKeys.revoke(ws, committed);
        expect(heard).toEqual([direct]);
      });
      expect(heard).toEqual([direct, committed]);
      await expect(
        store.transaction(async (tx) => {
          await tx.apiKeys.revoke(ws, rolledBack);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      unsubscribe();
      await store.apiKeys.revoke(ws, rolledBack);
      expect(heard).toEqual([direct, committed]);
    });
  });
}
