import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { main } from '../main';

const DEMO = path.resolve(import.meta.dirname, '../../data/demo.csv');

function capture(): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), env: {} };
}

describe('mixpilot optimize', () => {
  it('prints exactly one JSON object with the optimize_budget contract, constraints respected', async () => {
    const io = capture();
    const argv = [
      'optimize',
      DEMO,
      '--budget',
      '1.5M',
      '--max-share',
      'tv=0.4',
      '--min',
      'search=200k',
      '--lock',
      'radio',
      '--intervals',
      '0',
      '--json',
    ];
    expect(await main(argv, io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const r = JSON.parse(io.stdout[0] as string);
    for (const key of [
      'objective',
      'budget',
      'current',
      'optimal',
      'delta',
      'marginalRoi',
      'binding',
      'explanation',
    ]) {
      expect(r).toHaveProperty(key);
    }
    expect(r.objective).toBe('max_kpi');
    const spend = r.optimal.spend as Record<string, number>;
    expect(Object.values(spend).reduce((s, v) => s + v, 0)).toBeCloseTo(1_500_000, 4);
    expect(spend.tv_spend).toBeLessThanOrEqual(0.4 * 1_500_000 + 1e-6);
    expect(spend.search_spend).toBeGreaterThanOrEqual(200_000 - 1e-6);
    expect(spend.radio_spend).toBeCloseTo(r.current.spend.radio_spend, 6);
    expect(r.explanation).toHaveLength(5);
  });

  it('prints the plan, the reasons and the budget curve as text', async () => {
    const io = capture();
    expect(await main(['optimize', DEMO, '--intervals', '0', '--curve'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/channel\s+current\s+optimal\s+change\s+mROI now\s+mROI opt/);
    // Not the fit's long-run mroi, and said so.
    expect(text).toContain('mROI: the return on the next $1 spent over this 13-week plan');
    expect(text).toMatch(/Why:\n {2}- tv_spend: /);
    expect(text).toMatch(/Budget curve:[\s\S]*2×/);
  });

  it('fails with one line naming the constraints that clash', async () => {
    const io = capture();
    const argv = [
      'optimize',
      DEMO,
      '--budget',
      '1M',
      '--min',
      'tv=700k',
      '--min-share',
      'search=0.5',
      '--intervals',
      '0',
    ];
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(
      /minimums add up to \$1.2M but the budget is \$1M \(tv_spend \$700,000 min, search_spend \$500,000 min share 50%\)/,
    );
    const bad = capture();
    expect(await main(['optimize', DEMO, '--objective', 'max_fun'], bad)).toBe(2);
    expect(bad.stderr[0]).toMatch(/--objective: must be one of max_kpi/);
  });

  it('says --channels or --lock is empty when given with no names', async () => {
    for (const option of ['--channels', '--lock']) {
      const io = capture();
      expect(await main(['optimize', DEMO, option, ''], io)).toBe(2);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(new RegExp(`^mixpilot optimize: ${option}: is empty; `));
    }
  });

  it('plans a channel always-on with --even, and names an unknown one in one line', async () => {
    const io = capture();
    const argv = [
      'optimize',
      DEMO,
      '--budget',
      '1M',
      '--even',
      'radio',
      '--intervals',
      '0',
      '--json',
    ];
    expect(await main(argv, io)).toBe(0);
    const r = JSON.parse(io.stdout.join(''));
    expect(Object.keys(r.flighting ?? {})).toEqual(['radio_spend']);
    expect(r.assumptions.join(' ')).toMatch(/evenly/);
    const bad = capture();
    expect(await main(['optimize', DEMO, '--even', 'billboards', '--intervals', '0'], bad)).toBe(2);
    expect(bad.stderr).toHaveLength(1);
    expect(bad.stderr[0]).toMatch(/flighting\.billboards/);
  });
});
