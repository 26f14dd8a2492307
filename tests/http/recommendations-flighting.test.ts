import { describe, expect, it } from 'vitest';
import { errorOf, useHttpFixture } from './http-fixture';

const f = useHttpFixture();

type Plan = Record<string, number>;
interface Optimized {
  budget: number;
  current: { spend: Plan; kpi: number };
  optimal: { spend: Plan; kpi: number };
  delta: { kpi: number; interval: unknown[] };
  assumptions: string[];
  flighting?: Record<string, { layout: string; perPeriod: number; burst?: number; off?: number }>;
}
interface WhatIf {
  reference: { kpi: number };
  scenario: { kpi: number };
  delta: { kpi: number; interval: unknown[] };
}

describe('GET /api/recommendations with flighting', () => {
  const get = (query: string) => f.call('GET', `/api/recommendations?${query}`, { key: f.demoKey });

  it('finds the split with radio always-on, and /api/predict of that split with the same flighting agrees', async () => {
    const res = await get('budget=1M&horizon=13&flighting.radio=even');
    expect(res.status).toBe(200);
    const r = (await res.json()) as Optimized;
    expect(r.flighting?.radio_spend).toMatchObject({
      layout: 'even',
      perPeriod: expect.closeTo((r.optimal.spend.radio_spend ?? 0) / 13, 4),
    });
    expect(r.optimal.spend.radio_spend).toBeGreaterThan(0);
    expect(r.assumptions[0]).toContain(
      'In every plan searched, radio_spend is spread evenly over the 13 weeks',
    );
    const predicted = (await (
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: r.optimal.spend, horizon: 13, flighting: { radio: 'even' } },
      })
    ).json()) as WhatIf;
    expect(predicted.delta.kpi).toBeCloseTo(r.delta.kpi, 4);
    expect(predicted.scenario.kpi).toBeCloseTo(r.optimal.kpi, 4);
    expect(predicted.delta.interval).toEqual(r.delta.interval);
    const plain = (await (await get('budget=1M&horizon=13')).json()) as Optimized;
    expect(plain.flighting).toBeUndefined();
    expect(plain.current.kpi).toBeCloseTo(r.current.kpi, 6);
  });

  it('finds the split with search in bursts, and /api/predict of that split in bursts agrees', async () => {
    const res = await get('budget=1M&horizon=13&flighting.search=bursts');
    expect(res.status).toBe(200);
    const r = (await res.json()) as Optimized;
    // Two weeks on, two off over 13 weeks: on in 7 of them.
    expect(r.flighting?.search_spend).toMatchObject({
      layout: 'bursts',
      perPeriod: expect.closeTo((r.optimal.spend.search_spend ?? 0) / 7, 4),
    });
    expect(r.assumptions[0]).toContain(
      'In every plan searched, search_spend is run in bursts of 2 weeks on, 2 weeks off instead',
    );
    const predicted = (await (
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: r.optimal.spend, horizon: 13, flighting: { search: 'bursts' } },
      })
    ).json()) as WhatIf;
    expect(predicted.scenario.kpi).toBeCloseTo(r.optimal.kpi, 4);
  });

  it('takes a stated burst length as burst.CHANNEL, and /api/predict with the same length agrees', async () => {
    const res = await get('budget=1M&horizon=13&flighting.search=bursts&burst.search=4');
    expect(res.status).toBe(200);
    const r = (await res.json()) as Optimized;
    // Four weeks on, four off over 13 weeks: on in 8 of them.
    expect(r.flighting?.search_spend).toMatchObject({
      layout: 'bursts',
      burst: 4,
      perPeriod: expect.closeTo((r.optimal.spend.search_spend ?? 0) / 8, 4),
    });
    expect(r.assumptions[0]).toContain('search_spend is run in bursts of 4 weeks on, 4 weeks off');
    const flighting = { search: { layout: 'bursts', burst: 4 } };
    const predicted = (await (
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: r.optimal.spend, horizon: 13, flighting },
      })
    ).json()) as WhatIf;
    expect(predicted.scenario.kpi).toBeCloseTo(r.optimal.kpi, 4);
    const lone = await errorOf(await get('burst.search=4'));
    expect(lone).toMatchObject({ status: 400 });
    expect(lone.issues[0]?.field).toBe('burst.search');
    const half = await errorOf(await get('flighting.search=bursts&burst.search=1.5'));
    expect(half.issues[0]?.field).toBe('burst.search');
    const long = await errorOf(await get('flighting.search=bursts&burst.search=13&horizon=13'));
    expect(long.issues[0]?.field).toBe('flighting.search');
    const body = await errorOf(
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: {
          allocation: r.optimal.spend,
          flighting: { search: { layout: 'bursts', burst: 0 } },
        },
      }),
    );
    expect(body).toMatchObject({ status: 400 });
    expect(body.issues[0]?.field).toBe('flighting.search.burst');
  });

  it('takes pauses of another length as off.CHANNEL, and /api/predict with the same cadence agrees', async () => {
    const res = await get(
      'budget=1M&horizon=13&flighting.search=bursts&burst.search=3&off.search=1',
    );
    expect(res.status).toBe(200);
    const r = (await res.json()) as Optimized;
    // Three weeks on, one off over 13 weeks: on in weeks 1-3, 5-7, 9-11 and 13.
    expect(r.flighting?.search_spend).toMatchObject({
      layout: 'bursts',
      burst: 3,
      off: 1,
      perPeriod: expect.closeTo((r.optimal.spend.search_spend ?? 0) / 10, 4),
    });
    expect(r.assumptions[0]).toContain('search_spend is run in bursts of 3 weeks on, 1 week off');
    const flighting = { search: { layout: 'bursts', burst: 3, off: 1 } };
    const predicted = (await (
      await f.call('POST', '/api/predict', {
        key: f.demoKey,
        json: { allocation: r.optimal.spend, horizon: 13, flighting },
      })
    ).json()) as WhatIf;
    expect(predicted.scenario.kpi).toBeCloseTo(r.optimal.kpi, 4);
    const alone = await errorOf(await get('flighting.search=bursts&off.search=1'));
    expect(alone).toMatchObject({ status: 400 });
    expect(alone.issues[0]?.field).toBe('off.search');
    const zero = await errorOf(await get('flighting.search=bursts&burst.search=3&off.search=0'));
    expect(zero.issues[0]?.field).toBe('off.search');
  });

  it('returns 400 naming a layout it does not know and 422 naming an unknown channel', async () => {
    const layout = await errorOf(await get('flighting.tv=pulsed'));
    expect(layout).toMatchObject({ status: 400 });
    expect(layout.issues[0]?.field).toBe('flighting.tv');
    const unknown = await errorOf(await get('flighting.billboard=even'));
    expect(unknown).toMatchObject({ status: 422 });
    expect(unknown.issues[0]?.field).toBe('flighting.billboard');
  });
});
