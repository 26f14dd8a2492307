import { beforeAll, describe, expect, it } from 'vitest';
import type { AgentAnswer } from '../../agent';
import { DEMO_CSV, errorOf, useHttpFixture } from './http-fixture';

const f = useHttpFixture();

/** What workspace B owns, created through the API with B's key. */
interface Owned {
  key: string;
  datasetId: string;
  modelId: string;
  scenarioId: string;
  threadId: string;
}

async function populate(key: string, label: string): Promise<Owned> {
  const upload = await f.call('POST', '/api/datasets', {
    key,
    json: { name: `${label}.csv`, csv: DEMO_CSV },
  });
  const datasetId = ((await upload.json()) as { id: string }).id;
  const fit = await f.call('POST', '/api/models', { key, json: { datasetId, seed: 5 } });
  const modelId = ((await fit.json()) as { id: string }).id;
  const scenario = await f.call('POST', '/api/scenarios', {
    key,
    json: { name: label, changes: [{ type: 'scale', channel: 'tv', percent: 10 }] },
  });
  const scenarioId = ((await scenario.json()) as { id: string }).id;
  const chat = await f.call('POST', '/api/chat', {
    key,
    json: { question: 'What if we move 20% of TV to social?' },
  });
  const threadId = ((await chat.json()) as AgentAnswer).threadId;
  return { key, datasetId, modelId, scenarioId, threadId };
}

/** Every route that takes an id of B's, called with A's credentials. */
function attacks(b: Owned): [string, string, unknown?][] {
  return [
    ['GET', `/api/datasets/${b.datasetId}`],
    ['DELETE', `/api/datasets/${b.datasetId}`],
    ['POST', '/api/models', { datasetId: b.datasetId }],
    ['GET', `/api/models/${b.modelId}`],
    ['GET', `/api/scenarios/${b.scenarioId}`],
    ['POST', `/api/scenarios/${b.scenarioId}/predict`, {}],
    ['POST', `/api/scenarios/${b.scenarioId}/predict`, { allocation: { tv_spend: 0 } }],
    ['GET', `/api/threads/${b.threadId}`],
    ['POST', '/api/chat', { question: 'and 30%?', threadId: b.threadId }],
    ['POST', '/api/chat/resume', { threadId: b.threadId, approve: true }],
    ['POST', '/api/feedback', { threadId: b.threadId, helpful: false, comment: 'spam' }],
  ];
}

describe('workspace isolation', () => {
  let a: Owned;
  let b: Owned;
  beforeAll(async () => {
    a = await populate(await f.mintKey('acme'), 'acme');
    b = await populate(await f.mintKey('globex'), 'globex');
  }, 60_000);

  it('answers 404 to every route given another workspace’s ids, in both directions', async () => {
    for (const [attacker, victim] of [
      [a, b],
      [b, a],
    ] as const) {
      for (const [method, path, json] of attacks(victim)) {
        const res = await f.call(method, path, {
          key: attacker.key,
          ...(json !== undefined ? { json } : {}),
        });
        const error = await errorOf(res);
        expect(error.status, `${method} ${path}`).toBe(404);
        expect(error.code).toBe('not_found');
      }
    }
  });

  it('left the victim’s data, models, scenarios, threads and plans untouched', async () => {
    const store = f.runtime.store;
    for (const w of [
      { id: 'globex', owned: b },
      { id: 'acme', owned: a },
    ]) {
      await expect(store.datasets.get(w.id, w.owned.datasetId)).resolves.toBeDefined();
      await expect(store.models.get(w.id, w.owned.modelId)).resolves.toBeDefined();
      const scenario = await store.scenarios.get(w.id, w.owned.scenarioId);
      expect(scenario.approval).toBe('draft');
      const thread = await store.threads.get(w.id, w.owned.threadId);
      expect(thread.messages).toHaveLength(2);
      expect(await store.feedback.list(w.id)).toEqual([]);
      const pending = (await store.scenarios.list(w.id)).filter((s) => s.approval === 'approved');
      expect(pending).toEqual([]);
    }
  });

  it('lists only the caller’s own datasets, models, scenarios and threads', async () => {
    const ids = async (key: string, path: string, field: string) =>
      ((await (await f.call('GET', path, { key })).json()) as Record<string, { id: string }[]>)[
        field
      ]?.map((x) => x.id) ?? [];
    expect(await ids(a.key, '/api/datasets', 'datasets')).toEqual([a.datasetId]);
    expect(await ids(a.key, '/api/models', 'models')).toEqual([a.modelId]);
    const scenarios = await ids(a.key, '/api/scenarios', 'scenarios');
    expect(scenarios).toContain(a.scenarioId);
    expect(scenarios).not.toContain(b.scenarioId);
    const threads = await ids(a.key, '/api/threads', 'threads');
    expect(threads).toEqual([a.threadId]);
    expect(await ids(b.key, '/api/datasets', 'datasets')).toEqual([b.datasetId]);
  });

  it('runs workspace-wide routes on the caller’s own model', async () => {
    const wsA = (await (await f.call('GET', '/api/workspace', { key: a.key })).json()) as {
      id: string;
      activeModelId: string;
    };
    const wsB = (await (await f.call('GET', '/api/workspace', { key: b.key })).json()) as {
      id: string;
      activeModelId: string;
    };
    expect(wsA).toMatchObject({ id: 'acme', activeModelId: a.modelId });
    expect(wsB).toMatchObject({ id: 'globex', activeModelId: b.modelId });
    const empty = await f.mintKey('empty-workspace');
    for (const [method, path, json] of [
      ['GET', '/api/workspace'],
      ['POST', '/api/predict', { allocation: { tv_spend: 1 } }],
      ['GET', '/api/recommendations?budget=100000'],
      ['POST', '/api/scenarios', { name: 'x', allocation: { tv_spend: 1 } }],
    ] as [string, string, unknown?][]) {
      const res = await f.call(method, path, { key: empty, ...(json ? { json } : {}) });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const answer = await f.call('POST', '/api/chat', {
      key: empty,
      json: { question: 'Which channels drive sales?' },
    });
    expect(await errorOf(answer)).toMatchObject({ status: 404 });
  });
});
