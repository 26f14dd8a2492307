import { describe, expect, it } from 'vitest';
import type { Store } from '../create-store';
import { sampleDataset, sampleModel } from './fixtures';
import type { SuiteContext } from './suite-context';
import { expectCode } from './suite-context';

/** Fills workspace `ws` with one row of every kind. */
async function populate(store: Store, ws: string) {
  const ds = await store.datasets.create(ws, {
    name: 'shared-name',
    activate: true,
    ...sampleDataset(),
  });
  const model = await store.models.create(ws, {
    datasetId: ds.id,
    model: sampleModel(),
    activate: true,
  });
  const queued = await store.models.create(ws, { datasetId: ds.id });
  const scenario = await store.scenarios.create(ws, {
    modelId: model.id,
    name: 'plan',
    kind: 'whatif',
    args: {},
    result: { kpi: 1 },
  });
  const thread = await store.threads.create(ws, { surface: 'slack', externalRef: 'C1:1.0' });
  await store.threads.appendTurn(ws, thread.id, [
    { role: 'user', text: 'q' },
    { role: 'assistant', text: 'a' },
  ]);
  const doc = (await store.documents.upsert(ws, { title: 'notes', body: 'secret' })).document;
  const run = await store.evalRuns.create(ws, { suite: { name: 's' } });
  await store.feedback.create(ws, { threadId: thread.id, helpful: false, source: 'web' });
  const key = (await store.apiKeys.create(ws, { label: 'k' })).record;
  const job = await store.jobs.enqueue({ workspaceId: ws, kind: 'fit' });
  return { ds, model, queued, scenario, thread, doc, run, key, job };
}

/** Everything workspace `ws` can see, to compare before and after the other workspace's attempts. */
async function snapshot(store: Store, ws: string) {
  const datasets = await store.datasets.list(ws);
  return {
    workspace: await store.workspaces.get(ws),
    datasets: await Promise.all(datasets.map((d) => store.datasets.get(ws, d.id))),
    models: await store.models.list(ws),
    scenarios: await store.scenarios.list(ws),
    threads: await Promise.all(
      (await store.threads.list(ws)).map((x) => store.threads.get(ws, x.id)),
    ),
    documents: await store.documents.list(ws),
    evalRuns: await store.evalRuns.list(ws),
    feedback: await store.feedback.list(ws),
    apiKeys: (await store.apiKeys.list(ws)).map(({ lastUsedAt: _, ...k }) => k),
  };
}

export function isolationSuite(t: SuiteContext): void {
  describe('workspace isolation', () => {
    it('lets workspace B neither read, change nor delete any of workspace A’s rows', async () => {
      const { store } = t.store();
      const a = await t.workspace(store, 'A');
      const b = await t.workspace(store, 'B');
      const rows = await populate(store, a);
      const before = await snapshot(store, a);
      const s = store;
      const attempts: [string, () => Promise<unknown>][] = [
        ['datasets.get', () => s.datasets.get(b, rows.ds.id)],
        ['datasets.delete', () => s.datasets.delete(b, rows.ds.id)],
        ['models.get', () => s.models.get(b, rows.model.id)],
        ['models.create', () => s.models.create(b, { datasetId: rows.ds.id })],
        ['models.markRunning', () => s.models.markRunning(b, rows.queued.id)],
        ['models.markReady', () => s.models.markReady(b, rows.queued.id, sampleModel())],
        ['models.markFailed', () => s.models.markFailed(b, rows.queued.id, 'x')],
        ['models.delete', () => s.models.delete(b, rows.model.id)],
        ['scenarios.get', () => s.scenarios.get(b, rows.scenario.id)],
        [
          'scenarios.create',
          () =>
            s.scenarios.create(b, {
              modelId: rows.model.id,
              name: 'n',
              kind: 'whatif',
              args: {},
              result: {},
            }),
        ],
        ['scenarios.requestApproval', () => s.scenarios.requestApproval(b, rows.scenario.id)],
        ['scenarios.approve', () => s.scenarios.approve(b, rows.scenario.id, 'x')],
        ['scenarios.reject', () => s.scenarios.reject(b, rows.scenario.id, 'x')],
        ['scenarios.delete', () => s.scenarios.delete(b, rows.scenario.id)],
        ['threads.get', () => s.threads.get(b, rows.thread.id)],
        [
          'threads.appendTurn',
          () => s.threads.appendTurn(b, rows.thread.id, [{ role: 'user', text: 'x' }]),
        ],
        ['threads.delete', () => s.threads.delete(b, rows.thread.id)],
        ['documents.get', () => s.documents.get(b, rows.doc.id)],
        ['documents.delete', () => s.documents.delete(b, rows.doc.id)],
        ['evalRuns.get', () => s.evalRuns.get(b, rows.run.id)],
        ['evalRuns.markRunning', () => s.evalRuns.markRunning(b, rows.run.id)],
        ['evalRuns.complete', () => s.evalRuns.complete(b, rows.run.id, { results: {} })],
        ['evalRuns.fail', () => s.evalRuns.fail(b, rows.run.id, 'x')],
        [
          'feedback.create',
          () => s.feedback.create(b, { threadId: rows.thread.id, helpful: true, source: 'web' }),
        ],
        ['apiKeys.revoke', () => s.apiKeys.revoke(b, rows.key.id)],
        ['jobs.get', () => s.jobs.get(b, rows.job.id)],
        [
          'workspaces.setActive dataset',
          () => s.workspaces.setActive(b, { datasetId: rows.ds.id }),
        ],
        ['workspaces.setActive model', () => s.workspaces.setActive(b, { modelId: rows.model.id })],
      ];
      for (const [name, attempt] of attempts) {
        await expectCode(attempt(), 'not_found').catch((error: unknown) => {
          throw new Error(`${name}: ${String(error)}`);
        });
      }
      expect(await store.datasets.list(b)).toEqual([]);
      expect(await store.datasets.findByName(b, 'shared-name')).toBeUndefined();
      expect(await store.models.list(b)).toEqual([]);
      expect(await store.models.latestReady(b)).toBeUndefined();
      expect(await store.scenarios.list(b)).toEqual([]);
      expect(await store.threads.list(b)).toEqual([]);
      expect(await store.threads.findByExternalRef(b, 'slack', 'C1:1.0')).toBeUndefined();
      expect(await store.documents.list(b)).toEqual([]);
      expect(await store.evalRuns.list(b)).toEqual([]);
      expect(await store.feedback.list(b)).toEqual([]);
      expect(await store.feedback.listNotHelpful(b)).toEqual([]);
      expect(await store.apiKeys.list(b)).toEqual([]);
      expect(await snapshot(store, a)).toEqual(before);
      const bAfter = await store.workspaces.get(b);
      expect([bAfter.activeDatasetId, bAfter.activeModelId, bAfter.approvedPlanId]).toEqual([
        null,
        null,
        null,
      ]);
    });
  });
}
