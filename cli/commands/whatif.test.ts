import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../tools';
import type { CommandIO } from '../command';
import { main } from '../main';
import { parseMove } from './whatif';

const DEMO = path.resolve(import.meta.dirname, '../../data/demo.csv');

function capture(): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), env: {} };
}

describe('mixpilot whatif', () => {
  it('reads moves written the way people write them', () => {
    expect(parseMove('20% tv->social')).toEqual({
      type: 'move',
      from: 'tv',
      to: 'social',
      percent: 20,
    });
    expect(parseMove('50k of tv -> facebook:2, tiktok:1')).toEqual({
      type: 'move',
      from: 'tv',
      to: ['facebook', 'tiktok'],
      amount: 50_000,
      weights: [2, 1],
    });
    expect(parseMove('10 % paid search to tv')).toMatchObject({
      from: 'paid search',
      to: 'tv',
      percent: 10,
    });
    expect(parseAmount('--add', '$1.2M')).toBe(1_200_000);
    expect(parseAmount('--total', '+10%')).toBe(10);
    expect(() => parseMove('tv to social')).toThrow(/--move: expected "20% tv->social"/);
  });

  it('prints exactly one JSON object with the what_if contract', async () => {
    const io = capture();
    const argv = [
      'whatif',
      DEMO,
      '--move',
      '20% tv->social',
      '--scale',
      'radio=-50',
      '--intervals',
      '10',
      '--json',
    ];
    expect(await main(argv, io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const r = JSON.parse(io.stdout[0] as string);
    for (const key of ['horizon', 'reference', 'scenario', 'delta', 'assumptions'])
      expect(r).toHaveProperty(key);
    expect(r.horizon).toMatchObject({ periods: 13, unit: 'week' });
    expect(Object.keys(r.delta)).toEqual(
      expect.arrayContaining(['kpi', 'kpiPct', 'spend', 'interval']),
    );
    const tv = r.reference.spend.tv_spend;
    expect(r.scenario.spend.tv_spend).toBeCloseTo(0.8 * tv, 6);
    expect(r.scenario.spend.radio_spend).toBeCloseTo(0.5 * r.reference.spend.radio_spend, 6);
    expect(r.delta.interval.map((i: { level: number }) => i.level)).toEqual([0.8, 0.95]);
  });

  it('prints a readable table and the assumptions by default', async () => {
    const io = capture();
    expect(
      await main(['whatif', DEMO, '--set', 'radio=0', '--intervals', '0', '--horizon', '8'], io),
    ).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/What if: Set radio_spend to \$0 over the horizon/);
    expect(text).toMatch(/radio_spend\s+\$[\d,]+\s+\$0/);
    expect(text).toMatch(/Horizon: 8 weeks/);
    expect(text).toMatch(/Carryover out/);
  });

  it('spreads a channel evenly with --even, alone or beside a change', async () => {
    const io = capture();
    expect(await main(['whatif', DEMO, '--even', 'tv', '--intervals', '0', '--json'], io)).toBe(0);
    const r = JSON.parse(io.stdout[0] as string);
    // Same money, laid out differently: the spend does not move, the KPI does.
    expect(r.scenario.spend.tv_spend).toBe(r.reference.spend.tv_spend);
    expect(r.delta.kpi).not.toBe(0);
    expect(r.changes.join('\n')).toMatch(/tv_spend: spread evenly over the 13 weeks/);
    const both = capture();
    expect(
      await main(['whatif', DEMO, '--scale', 'tv=20', '--even', 'tv', '--intervals', '0'], both),
    ).toBe(0);
    expect(both.stdout.join('\n')).toMatch(/spread evenly/);
    const unknown = capture();
    expect(await main(['whatif', DEMO, '--even', 'billboards', '--intervals', '0'], unknown)).toBe(
      2,
    );
    expect(unknown.stderr[0]).toMatch(/flighting\.billboards/);
  });

  it('runs a channel in regular bursts with --bursts, and refuses a channel given both layouts', async () => {
    const io = capture();
    expect(
      await main(['whatif', DEMO, '--bursts', 'search', '--intervals', '0', '--json'], io),
    ).toBe(0);
    const r = JSON.parse(io.stdout[0] as string);
    expect(r.scenario.spend.search_spend).toBe(r.reference.spend.search_spend);
    expect(r.flighting.search_spend).toMatchObject({ layout: 'bursts', on: 7, burst: 2 });
    expect(r.changes.join('\n')).toMatch(/search_spend: run in bursts of 2 weeks on, 2 weeks off/);
    const both = capture();
    expect(
      await main(['whatif', DEMO, '--even', 'tv', '--bursts', 'tv', '--intervals', '0'], both),
    ).toBe(2);
    expect(both.stderr).toEqual([
      expect.stringMatching(/^.*--bursts: tv is already laid out evenly by --even/),
    ]);
  });

  it('runs bursts of a stated length with --bursts search=4, and refuses a length that is not whole', async () => {
    const io = capture();
    expect(
      await main(['whatif', DEMO, '--bursts', 'search=4', '--intervals', '0', '--json'], io),
    ).toBe(0);
    const r = JSON.parse(io.stdout[0] as string);
    // Weeks 1-4 and 9-12 of 13.
    expect(r.flighting.search_spend).toMatchObject({ layout: 'bursts', on: 8, burst: 4 });
    expect(r.changes.join('\n')).toMatch(/search_spend: run in bursts of 4 weeks on, 4 weeks off/);
    for (const bad of ['search=two', 'search=0', 'search=1.5', 'search=3/0', 'search=3/']) {
      const out = capture();
      expect(await main(['whatif', DEMO, '--bursts', bad, '--intervals', '0'], out)).toBe(2);
      expect(out.stderr).toEqual([
        expect.stringMatching(/--bursts: the cadence of search must be whole numbers of periods/),
      ]);
    }
    const uneven = capture();
    expect(
      await main(['whatif', DEMO, '--bursts', 'search=3/1', '--intervals', '0', '--json'], uneven),
    ).toBe(0);
    // Weeks 1-3, 5-7, 9-11 and 13 of 13.
    expect(JSON.parse(uneven.stdout[0] as string).flighting.search_spend).toMatchObject({
      burst: 3,
      off: 1,
      on: 10,
    });
  });

  it('fails with one line for a missing change, a bad value or an impossible move', async () => {
    const none = capture();
    expect(await main(['whatif', DEMO], none)).toBe(2);
    expect(none.stderr).toEqual([expect.stringMatching(/give at least one change/)]);
    const bad = capture();
    expect(await main(['whatif', DEMO, '--scale', 'tv=lots'], bad)).toBe(2);
    expect(bad.stderr[0]).toMatch(/--scale: 'lots' is not a number/);
    const tooMuch = capture();
    expect(
      await main(['whatif', DEMO, '--move', '150% radio->tv', '--intervals', '0'], tooMuch),
    ).toBe(2);
    expect(tooMuch.stderr).toEqual([
      'mixpilot whatif: changes[0].percent: cannot move more than 100% of radio (asked for 150%)',
    ]);
  });
});
