import { describe, expect, it } from 'vitest';
import { DEMO_CSV, errorOf, useHttpFixture } from './http-fixture';

const f = useHttpFixture();

type Plan = Record<string, number>;
interface WhatIf {
  horizon: { periods: number; unit: string };
  reference: { spend: Plan; kpi: number };
  scenario: { spend: Plan; kpi: number };
  delta: { kpi: number; spend: number; channels: Record<string, { spend: number; kpi: number }> };
}

const rows = DEMO_CSV.trim().split('\n');
const columns = (rows[0] as string).split(',');
/** Run-rate reference straight from the CSV: mean spend of the last `n` weeks, times `n`. */
function runRate(channel: string, n: number): number {
  const j = columns.indexOf(channel);
  const last = rows.slice(-n).map((r) => Number(r.split(',')[j]));
  return (last.reduce((s, v) => s + v, 0) / n) * n;
}
const CHANNELS = ['tv_spend', 'social_spend', 'search_spend', 'display_spend', 'radio_spend'];

describe('GET /api/workspace', () => {
  it('gives channels with labels and groups, the horizon and the run-rate reference plan', async () => {
    const res = await f.call('GET', '/api/workspace', { key: f.demoKey });
    expect(res.status).toBe(200);
    const ws = (await res.json()) as {
      id: string;
      channels: { name: string; label: string; group?: string }[];
      frequency: string;
      kpi: string;
      horizon: { periods: number; unit: string };
      reference: Plan;
      activeModelId: string;
    };
    expect(ws).toMatchObject({
      id: 'demo',
      frequency: 'weekly',
      kpi: 'revenue',
      horizon: { periods: 13, unit: 'week' },
    });
    expect(ws.channels.map((c) => c.name)).toEqual(CHANNELS);
    expect(ws.channels.find((c) => c.name === 'tv_spend')).toMatchObject({ label: 'TV' });
    expect(ws.channels.find((c) => c.name === 'social_spend')).toMatchObject({
      label: 'Social',
      group: 'social',
    });
    for (const c of CHANNELS) expect(ws.reference[c]).toBeCloseTo(runRate(c, 13), 4);
    const longer = (await (
      await f.call('GET', '/api/workspace?horizon=26', { key: f.demoKey })
    ).json()) as typeof ws;
    expect(longer.horizon.periods).toBe(26);
    expect(longer.reference.tv_spend).toBeCloseTo(runRate('tv_spend', 26), 4);
    expect((await f.call('GET', '/api/workspace?horizon=-2', { key: f.demoKey })).status).toBe(400);
  });
});

describe('POST /api/predict', () => {
  it('predicts no change for the reference plan and adds up per-channel effects', async () => {
    const reference = Object.fromEntries(CHANNELS.map((c) => [c, runRate(c, 13)]));
    const same = (await (
      await f.call('POST', '/api/predict', { key: f.demoKey, json: { allocation: reference } })
    ).json()) as WhatIf;
    expect(same.delta.kpi).toBeCloseTo(0, 6);
    expect(same.delta.spend).toBeCloseTo(0, 6);

    const res = await f.call('POST', '/api/predict', {
      key: f.demoKey,
      json: { allocation: { tv: 0, Facebook: 1 } },
    });
    expect(res.status).toBe(422);
    const cut = (await (
      await f.call('POST', '/api/predict', { key: f.demoKey, json: { allocation: { tv: 0 } } })
    ).json()) as WhatIf;
    expect(cut.scenario.spend.tv_spend).toBe(0);
    expect(cut.scenario.spend.social_spend).toBeCloseTo(reference.social_spend as number, 6);
    expect(cut.delta.spend).toBeCloseTo(-(reference.tv_spend as number), 4);
    expect(cut.delta.kpi).toBeLessThan(0);
    const sum = Object.values(cut.delta.channels).reduce((s, c) => s + c.kpi, 0);
    expect(cut.delta.kpi).toBeCloseTo(sum, 6);
  });

  it('returns 422 naming an unknown channel and 400 for negative spend or a missing allocation', async () => {
    const unknown = await errorOf(
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: { billboard: 5 } },
      }),
    );
    expect(unknown).toMatchObject({ status: 422 });
    expect(unknown.issues[0]?.field).toBe('allocation.billboard');
    const negative = await errorOf(
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: { tv_spend: -1 } },
      }),
    );
    expect(negative).toMatchObject({ status: 400 });
    expect(negative.issues[0]?.field).toBe('allocation.tv_spend');
    expect((await f.call('POST', '/api/predict', { key: f.demoKey, json: {} })).status).toBe(400);
  });

  it('returns 400 for an amount past a trillion and for a field it does not know, naming it', async () => {
    const huge = await errorOf(
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: { tv_spend: 1e300 } },
      }),
    );
    expect(huge).toMatchObject({ status: 400 });
    expect(huge.issues[0]).toEqual({
      field: 'allocation.tv_spend',
      reason: 'at most 1e12 (a trillion) per channel',
    });
    const stray = await errorOf(
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: { tv_spend: 5 }, horizn: 26 },
      }),
    );
    expect(stray).toMatchObject({ status: 400 });
    expect(stray.message).toContain('horizn');
    const budget = await errorOf(
      await f.call('GET', '/api/recommendations?budget=1e300', { key: f.demoKey }),
    );
    expect(budget).toMatchObject({ status: 400 });
    expect(budget.issues[0]?.field).toBe('budget');
  });
});

describe('POST /api/predict with flighting', () => {
  const reference = () => Object.fromEntries(CHANNELS.map((c) => [c, runRate(c, 13)]));

  it('lays the named channels out evenly, as the what_if tool does, and the rest as they ran', async () => {
    const even = (await (
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: reference(), flighting: { tv: 'even' } },
      })
    ).json()) as WhatIf & { flighting: Record<string, { layout: string; perPeriod: number }> };
    expect(even.delta.spend).toBeCloseTo(0, 6);
    expect(Math.abs(even.delta.kpi)).toBeGreaterThan(1);
    expect(even.delta.channels.tv_spend?.kpi).toBeCloseTo(even.delta.kpi, 6);
    expect(even.flighting.tv_spend).toMatchObject({
      layout: 'even',
      perPeriod: expect.closeTo(runRate('tv_spend', 13) / 13, 4),
    });
    const viaTool = await f.call('POST', '/api/scenarios', {
      key: f.demoKey,
      json: { name: 'TV always-on', changes: [], flighting: { tv: 'even' } },
    });
    expect(viaTool.status).toBe(201);
    const stored = (await viaTool.json()) as { id: string; result: WhatIf };
    expect(stored.result.delta.kpi).toBeCloseTo(even.delta.kpi, 6);
    const again = (await (
      await f.call('POST', `/api/scenarios/${stored.id}/predict`, { key: f.demoKey })
    ).json()) as WhatIf;
    expect(again.delta.kpi).toBeCloseTo(even.delta.kpi, 6);
  });

  it('stores bursts of a stated length and re-predicts them at that length, not the usual two weeks', async () => {
    const four = { search: { layout: 'bursts', burst: 4 } };
    const created = await f.call('POST', '/api/scenarios', {
      key: f.demoKey,
      json: { name: 'Search in 4-week bursts', changes: [], flighting: four },
    });
    expect(created.status).toBe(201);
    const stored = (await created.json()) as {
      id: string;
      result: WhatIf & { flighting: Record<string, { burst?: number; on: number }> };
    };
    expect(stored.result.flighting.search_spend).toMatchObject({ burst: 4, on: 8 });
    const again = (await (
      await f.call('POST', `/api/scenarios/${stored.id}/predict`, { key: f.demoKey })
    ).json()) as WhatIf & { flighting: Record<string, { burst?: number }> };
    expect(again.flighting.search_spend?.burst).toBe(4);
    expect(again.delta.kpi).toBeCloseTo(stored.result.delta.kpi, 6);
    const usual = (await (
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: reference(), flighting: { search: 'bursts' } },
      })
    ).json()) as WhatIf;
    expect(usual.delta.kpi).not.toBeCloseTo(stored.result.delta.kpi, 0);
  });

  it('re-predicts a stored scenario with pauses unlike its bursts at the same cadence', async () => {
    const cadence = { search: { layout: 'bursts', burst: 3, off: 1 } };
    const created = await f.call('POST', '/api/scenarios', {
      key: f.demoKey,
      json: { name: 'Search 3 on, 1 off', changes: [], flighting: cadence },
    });
    expect(created.status).toBe(201);
    const stored = (await created.json()) as {
      id: string;
      result: WhatIf & { flighting: Record<string, { burst?: number; off?: number; on: number }> };
    };
    expect(stored.result.flighting.search_spend).toMatchObject({ burst: 3, off: 1, on: 10 });
    const again = (await (
      await f.call('POST', `/api/scenarios/${stored.id}/predict`, { key: f.demoKey })
    ).json()) as WhatIf & { flighting: Record<string, { burst?: number; off?: number }> };
    expect(again.flighting.search_spend).toMatchObject({ burst: 3, off: 1 });
    expect(again.delta.kpi).toBeCloseTo(stored.result.delta.kpi, 6);
  });

  it('returns 400 naming a layout it does not know and 422 naming an unknown channel', async () => {
    const layout = await errorOf(
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: {}, flighting: { tv_spend: 'pulsed' } },
      }),
    );
    expect(layout).toMatchObject({ status: 400 });
    expect(layout.issues[0]?.field).toBe('flighting.tv_spend');
    const unknown = await errorOf(
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: {}, flighting: { billboard: 'even' } },
      }),
    );
    expect(unknown).toMatchObject({ status: 422 });
    expect(unknown.issues[0]?.field).toBe('flighting.billboard');
    const nothing = await errorOf(
      await f.call('POST', '/api/scenarios', {
        key: f.demoKey,
        json: { name: 'x', changes: [] },
      }),
    );
    expect(nothing).toMatchObject({ status: 400 });
    expect(nothing.issues[0]?.field).toBe('changes');
  });
});

describe('scenarios', () => {
  it('stores a what-if of moves, reads it back and re-predicts it with an override', async () => {
    const res = await f.call('POST', '/api/scenarios', {
      key: f.demoKey,
      json: {
        name: 'TV to social',
        changes: [{ type: 'move', from: 'tv', to: 'social', percent: 20 }],
      },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as {
      id: string;
      name: string;
      kind: string;
      approval: string;
      result: WhatIf;
    };
    const tv = runRate('tv_spend', 13);
    const social = runRate('social_spend', 13);
    expect(created).toMatchObject({ name: 'TV to social', kind: 'whatif', approval: 'draft' });
    expect(created.result.scenario.spend.tv_spend).toBeCloseTo(0.8 * tv, 4);
    expect(created.result.scenario.spend.social_spend).toBeCloseTo(social + 0.2 * tv, 4);
    expect(created.result.delta.spend).toBeCloseTo(0, 6);

    const got = (await (
      await f.call('GET', `/api/scenarios/${created.id}`, { key: f.demoKey })
    ).json()) as typeof created;
    expect(got.result.scenario.spend).toEqual(created.result.scenario.spend);
    const list = (await (await f.call('GET', '/api/scenarios', { key: f.demoKey })).json()) as {
      scenarios: { id: string }[];
    };
    expect(list.scenarios.map((s) => s.id)).toContain(created.id);

    const again = (await (
      await f.call('POST', `/api/scenarios/${created.id}/predict`, { key: f.demoKey })
    ).json()) as WhatIf;
    expect(again.scenario.spend).toEqual(created.result.scenario.spend);
    expect(again.delta.kpi).toBeCloseTo(created.result.delta.kpi, 6);
    const override = (await (
      await f.call('POST', `/api/scenarios/${created.id}/predict`, {
        key: f.demoKey,
        json: { allocation: { social_spend: 0 } },
      })
    ).json()) as WhatIf;
    expect(override.scenario.spend.social_spend).toBe(0);
    expect(override.scenario.spend.tv_spend).toBeCloseTo(0.8 * tv, 4);
  });

  it('stores an allocation scenario and rejects bad ones', async () => {
    const res = await f.call('POST', '/api/scenarios', {
      key: f.demoKey,
      json: { name: 'no radio', allocation: { radio_spend: 0 }, horizon: 26 },
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { result: WhatIf };
    expect(created.result.horizon.periods).toBe(26);
    expect(created.result.delta.spend).toBeCloseTo(-runRate('radio_spend', 26), 4);
    expect(
      (await f.call('POST', '/api/scenarios', { key: f.demoKey, json: { name: 'x' } })).status,
    ).toBe(400);
    expect(
      (
        await f.call('POST', '/api/scenarios', {
          key: f.demoKey,
          json: { changes: [{ type: 'scale', channel: 'tv', percent: 5 }] },
        })
      ).status,
    ).toBe(400);
    // Both a plan and changes: which one was meant is not guessed.
    const both = await errorOf(
      await f.call('POST', '/api/scenarios', {
        key: f.demoKey,
        json: {
          name: 'x',
          allocation: { radio_spend: 0 },
          changes: [{ type: 'scale', channel: 'tv', percent: 5 }],
        },
      }),
    );
    expect(both.status).toBe(400);
    const unknown = await f.call('POST', '/api/scenarios', {
      key: f.demoKey,
      json: { name: 'x', changes: [{ type: 'scale', channel: 'billboard', percent: 5 }] },
    });
    expect(unknown.status).toBe(422);
    expect((await f.call('GET', '/api/scenarios/scn_missing', { key: f.demoKey })).status).toBe(
      404,
    );
    expect(
      (await f.call('POST', '/api/scenarios/scn_missing/predict', { key: f.demoKey })).status,
    ).toBe(404);
  });
});

describe('GET /api/recommendations', () => {
  interface Optimized {
    budget: number;
    channels: string[];
    current: { spend: Plan };
    optimal: { spend: Plan; kpi: number };
    delta: { kpi: number };
  }
  const get = (query: string) => f.call('GET', `/api/recommendations?${query}`, { key: f.demoKey });

  it('spends exactly the budget within share caps, locks and channel subsets', async () => {
    const res = await get(
      'objective=max_kpi&budget=1000000&maxShare.search_spend=0.2&lock=radio&horizon=13',
    );
    expect(res.status).toBe(200);
    const r = (await res.json()) as Optimized;
    const allocated = r.channels.reduce((s, c) => s + (r.optimal.spend[c] ?? 0), 0);
    expect(allocated).toBeCloseTo(r.budget, 0);
    const total = Object.values(r.optimal.spend).reduce((s, v) => s + v, 0);
    expect((r.optimal.spend.search_spend ?? 0) / total).toBeLessThanOrEqual(0.2 + 1e-6);
    expect(r.optimal.spend.radio_spend).toBeCloseTo(r.current.spend.radio_spend ?? 0, 4);

    const subset = (await (await get('channels=tv,social')).json()) as Optimized;
    expect(subset.channels.sort()).toEqual(['social_spend', 'tv_spend']);
    expect(subset.optimal.spend.search_spend).toBeCloseTo(
      subset.current.spend.search_spend ?? 0,
      6,
    );
    expect(subset.delta.kpi).toBeGreaterThanOrEqual(-1e-6);
  });

  it('reads amounts in the query as the CLI does: 1M, $1.5M, 250k', async () => {
    for (const [text, value] of [
      ['1M', 1_000_000],
      ['%241.5M', 1_500_000],
      ['250k', 250_000],
    ] as const) {
      const res = await get(`budget=${text}&horizon=13`);
      expect(res.status, text).toBe(200);
      expect(((await res.json()) as Optimized).budget).toBeCloseTo(value, 6);
    }
    const capped = (await (await get('budget=1M&max.search_spend=50k')).json()) as Optimized;
    expect(capped.optimal.spend.search_spend).toBeLessThanOrEqual(50_000 + 1e-6);
    const bad = await errorOf(await get('budget=lots'));
    expect(bad.issues[0]).toEqual({
      field: 'budget',
      reason: "'lots' is not a number (e.g. 50000, 50k, 1.2M, $50,000)",
    });
  });

  it('returns 400 for unknown or malformed parameters and 422 for clashing constraints', async () => {
    const unknown = await errorOf(await get('foo=1'));
    expect(unknown).toMatchObject({ status: 400 });
    expect(unknown.issues[0]?.field).toBe('foo');
    expect((await errorOf(await get('objective=most'))).issues[0]?.field).toBe('objective');
    expect((await errorOf(await get('maxShare.tv=2'))).issues[0]?.field).toBe('maxShare.tv');
    expect((await errorOf(await get('budget=lots'))).issues[0]?.field).toBe('budget');
    const clash = await errorOf(await get('budget=100000&min.tv=200000'));
    expect(clash).toMatchObject({ status: 422, code: 'unprocessable' });
  });
});
