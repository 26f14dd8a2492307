import { describe, expect, it } from 'vitest';
import { isMixPilotError } from '../../tools';
import { sampleDataset, sampleModel } from './fixtures';
import type { SuiteContext } from './suite-context';
import { expectCode } from './suite-context';

export function dataSuite(t: SuiteContext): void {
  describe('datasets', () => {
    it('stores data, schema and report and lists a summary', async () => {
      const { store, clock } = t.store();
      const ws = await t.workspace(store);
      const sample = sampleDataset();
      const created = await store.datasets.create(ws, { name: ' weekly ', ...sample });
      expect(created).toMatchObject({ name: 'weekly', periods: 4, start: '2024-01-01' });
      const got = await store.datasets.get(ws, created.id);
      expect(got.data).toEqual(sample.data);
      expect(got.report).toEqual(sample.report);
      expect(got.schema).toEqual(sample.data.schema);
      expect(await store.datasets.list(ws)).toEqual([
        {
          id: created.id,
          workspaceId: ws,
          name: 'weekly',
          periods: 4,
          start: '2024-01-01',
          end: '2024-01-22',
          channels: ['tv', 'social'],
          kpi: 'sales',
          frequency: 'weekly',
          createdAt: clock.now(),
        },
      ]);
      expect((await store.datasets.findByName(ws, 'weekly'))?.id).toBe(created.id);
      const { rows } = await t
        .db()
        .sql.query<{ kind: string }>(
          'select jsonb_typeof(data) as kind from datasets where id = $1',
          [created.id],
        );
      expect(rows).toEqual([{ kind: 'object' }]);
    });

    it('refuses a duplicate name in a workspace but allows it in another', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      await store.datasets.create(ws, { name: 'sales', ...sampleDataset() });
      const error = await store.datasets
        .create(ws, { name: 'sales', ...sampleDataset() })
        .catch((e: unknown) => e);
      expect(isMixPilotError(error) && error.code).toBe('conflict');
      expect(isMixPilotError(error) && error.issues[0]?.field).toBe('name');
      const other = await t.workspace(store);
      await expect(
        store.datasets.create(other, { name: 'sales', ...sampleDataset() }),
      ).resolves.toBeDefined();
      await expectCode(
        store.datasets.create(ws, { name: '', ...sampleDataset() }),
        'unprocessable',
      );
    });

    it('deletes a dataset with its models and scenarios, handing the workspace to the dataset left', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, { name: 'a', activate: true, ...sampleDataset() });
      const keep = await store.datasets.create(ws, { name: 'b', ...sampleDataset() });
      const model = await store.models.create(ws, {
        datasetId: ds.id,
        model: sampleModel(),
        activate: true,
      });
      const other = await store.models.create(ws, { datasetId: keep.id, model: sampleModel() });
      const plan = await store.scenarios.create(ws, {
        modelId: model.id,
        name: 'plan',
        kind: 'optimize',
        args: {},
        result: {},
      });
      await store.scenarios.approve(ws, plan.id, 'cmo@example.com');
      await store.datasets.delete(ws, ds.id);
      await expectCode(store.models.get(ws, model.id), 'not_found');
      await expectCode(store.scenarios.get(ws, plan.id), 'not_found');
      expect((await store.models.get(ws, other.id)).id).toBe(other.id);
      // The dataset left becomes active with its newest ready model; the plan went with its model.
      expect(await store.workspaces.get(ws)).toMatchObject({
        activeDatasetId: keep.id,
        activeModelId: other.id,
        approvedPlanId: null,
      });
      await expectCode(store.datasets.delete(ws, ds.id), 'not_found');
      await store.datasets.delete(ws, keep.id);
      expect(await store.workspaces.get(ws)).toMatchObject({
        activeDatasetId: null,
        activeModelId: null,
      });
    });
  });

  describe('models', () => {
    it('goes queued → running → ready and activates with its dataset', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, { name: 'a', ...sampleDataset() });
      const queued = await store.models.create(ws, { datasetId: ds.id, settings: { seed: 1 } });
      expect(queued).toMatchObject({ status: 'queued', model: null, settings: { seed: 1 } });
      expect((await store.models.markRunning(ws, queued.id)).status).toBe('running');
      const ready = await store.models.markReady(ws, queued.id, sampleModel(1), { activate: true });
      expect(ready.model).toEqual(sampleModel(1));
      expect(await store.workspaces.get(ws)).toMatchObject({
        activeModelId: queued.id,
        activeDatasetId: ds.id,
      });
      expect((await store.models.latestReady(ws, ds.id))?.id).toBe(queued.id);
      await expectCode(store.models.markFailed(ws, queued.id, 'late'), 'conflict');
      const [summary] = await store.models.list(ws, { datasetId: ds.id });
      expect(summary).not.toHaveProperty('model');
    });

    it('records a failed fit and refuses a dataset that does not exist', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, { name: 'a', ...sampleDataset() });
      const m = await store.models.create(ws, { datasetId: ds.id });
      const failed = await store.models.markFailed(ws, m.id, 'did not converge');
      expect(failed).toMatchObject({ status: 'failed', error: 'did not converge' });
      await expectCode(store.models.markReady(ws, m.id, sampleModel()), 'conflict');
      expect(await store.models.latestReady(ws)).toBeUndefined();
      await expectCode(store.models.create(ws, { datasetId: 'ds_missing' }), 'not_found');
      await store.models.delete(ws, m.id);
      expect(await store.models.list(ws)).toEqual([]);
    });

    it('fails fits left queued or running by a process that stopped, and only those', async () => {
      const { store, clock } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, { name: 'a', ...sampleDataset() });
      const queued = await store.models.create(ws, { datasetId: ds.id });
      const running = await store.models.create(ws, { datasetId: ds.id });
      await store.models.markRunning(ws, running.id);
      const ready = await store.models.create(ws, { datasetId: ds.id, model: sampleModel() });
      clock.advance(60_000);
      const fresh = await store.models.create(ws, { datasetId: ds.id });
      expect(await store.models.failStale(30_000)).toBeGreaterThanOrEqual(2);
      const status = async (id: string) => (await store.models.get(ws, id)).status;
      expect(await status(queued.id)).toBe('failed');
      expect(await status(running.id)).toBe('failed');
      expect((await store.models.get(ws, running.id)).error).toMatch(/interrupted/);
      expect(await status(ready.id)).toBe('ready');
      expect(await status(fresh.id)).toBe('queued');
    });

    it('leaves a running fit that keeps beating alone, and fails one whose beat stopped', async () => {
      const { store, clock } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, { name: 'a', ...sampleDataset() });
      const alive = await store.models.create(ws, { datasetId: ds.id, running: true });
      const dead = await store.models.create(ws, { datasetId: ds.id, running: true });
      clock.advance(60_000);
      expect(await store.models.heartbeat(ws, alive.id)).toBe(true);
      clock.advance(20_000);
      await store.models.failStale(30_000);
      const status = async (id: string) => (await store.models.get(ws, id)).status;
      expect(await status(alive.id)).toBe('running');
      expect(await status(dead.id)).toBe('failed');
      // A beat from the process that lost its fit to the sweep does not bring it back.
      expect(await store.models.heartbeat(ws, dead.id)).toBe(false);
      expect(await status(dead.id)).toBe('failed');
      await store.models.markReady(ws, alive.id, sampleModel());
      expect(await store.models.heartbeat(ws, alive.id)).toBe(false);
    });
  });

  describe('scenarios', () => {
    it('approves a plan once and makes it the workspace plan', async () => {
      const { store, clock } = t.store();
      const ws = await t.workspace(store);
      const ds = await store.datasets.create(ws, { name: 'a', ...sampleDataset() });
      const m = await store.models.create(ws, { datasetId: ds.id, model: sampleModel() });
      const input = { modelId: m.id, kind: 'whatif' as const, args: { changes: [] } };
      const s = await store.scenarios.create(ws, {
        ...input,
        name: 'TV to social',
        result: { kpi: 1 },
      });
      expect(s.approval).toBe('draft');
      expect((await store.scenarios.requestApproval(ws, s.id)).approval).toBe('pending');
      const approved = await store.scenarios.approve(ws, s.id, 'ana');
      expect(approved).toMatchObject({
        approval: 'approved',
        decidedBy: 'ana',
        decidedAt: clock.now(),
      });
      expect((await store.workspaces.get(ws)).approvedPlanId).toBe(s.id);
      await expectCode(store.scenarios.reject(ws, s.id, 'bob'), 'conflict');
      const r = await store.scenarios.create(ws, { ...input, name: 'cut', result: {} });
      expect((await store.scenarios.reject(ws, r.id, 'bob')).approval).toBe('rejected');
      await expectCode(store.scenarios.approve(ws, r.id, 'ana'), 'conflict');
      expect((await store.scenarios.list(ws, { modelId: m.id })).length).toBe(2);
      await store.scenarios.delete(ws, s.id);
      expect((await store.workspaces.get(ws)).approvedPlanId).toBeNull();
      await expectCode(
        store.scenarios.create(ws, { ...input, modelId: 'x', name: 'n', result: {} }),
        'not_found',
      );
    });
  });
}
