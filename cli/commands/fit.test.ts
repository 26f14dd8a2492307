import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('mixpilot fit', () => {
  it('prints exactly one JSON object with the contract fields, identical across runs', async () => {
    const runs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const io = capture();
      expect(await main(['fit', DEMO, '--json', '--intervals', '10', '--seed', '3'], io)).toBe(0);
      expect(io.stdout).toHaveLength(1);
      runs.push(io.stdout[0] as string);
    }
    expect(runs[1]).toBe(runs[0]);
    const out = JSON.parse(runs[0] as string);
    expect(Object.keys(out)).toEqual([
      'kpi',
      'periods',
      'frequency',
      'channels',
      'baseline',
      'metrics',
      'warnings',
    ]);
    expect(out.kpi).toBe('revenue');
    expect(out.periods).toBe(156);
    expect(Object.keys(out.channels[0])).toEqual([
      'name',
      'spend',
      'contribution',
      'share',
      'roi',
      'mroi',
      'interval',
      'adstock',
      'saturation',
    ]);
    expect(out.channels[0].roi).toBeCloseTo(
      out.channels[0].contribution / out.channels[0].spend,
      9,
    );
    expect(Object.keys(out.metrics)).toEqual(['r2', 'nrmse', 'mape', 'holdout']);
    // Every channel's intervals: the contract's three, then next-dollar ROI and carryover share.
    for (const c of out.channels) {
      expect(Object.keys(c.interval)).toEqual([
        'contribution',
        'share',
        'roi',
        'mroi',
        'carryoverShare',
      ]);
      const [m80, m95] = c.interval.mroi;
      expect([m80.level, m95.level]).toEqual([0.8, 0.95]);
      expect(m80.low).toBeLessThanOrEqual(c.mroi);
      expect(m80.high).toBeGreaterThanOrEqual(c.mroi);
      expect(m95.low).toBeLessThanOrEqual(m80.low);
      expect(m95.high).toBeGreaterThanOrEqual(m80.high);
      for (const iv of c.interval.carryoverShare) {
        expect(iv.low).toBeGreaterThanOrEqual(0);
        expect(iv.high).toBeLessThanOrEqual(1);
      }
    }
  });

  it('prints a readable table by default', async () => {
    const io = capture();
    expect(await main(['fit', DEMO, '--intervals', '0'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/tv_spend\s+[\d,]+\s+[\d,]+\s+\d+\.\d%/);
    expect(io.stdout.join('\n')).toMatch(/roi\s+mroi\s+mroi 80%\s+carryover\s+carryover 80%/);
    expect(io.stdout.join('\n')).toContain(
      'mroi: the return on the next $1 at the recent spend rate, in the long run',
    );
    expect(io.stdout.join('\n')).toMatch(
      /^columns: KPI revenue \(revenue\); channels tv_spend, social_spend, search_spend, display_spend, radio_spend; controls price; events promo /,
    );
  });

  it('refuses a second file and option values past their bounds, naming them', async () => {
    const cases: [string[], string][] = [
      [['fit', DEMO, 'extra.csv'], 'extra.csv: unexpected argument: fit reads one CSV file'],
      [['fit', DEMO, '--intervals', '1000000'], "--intervals: must be at most 1000, got '1000000'"],
      [['fit', DEMO, '--seed', '-1'], "--seed: must be a whole number >= 0, got '-1'"],
    ];
    for (const [argv, message] of cases) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr).toEqual([`mixpilot fit: ${message}`]);
    }
  });

  it('fails with one line on stderr for a missing file or a bad option value', async () => {
    const io = capture();
    expect(await main(['fit', 'no/such/file.csv'], io)).not.toBe(0);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/cannot read this file/);
    const io2 = capture();
    expect(await main(['fit', DEMO, '--seed', 'abc'], io2)).not.toBe(0);
    expect(io2.stderr[0]).toMatch(/--seed/);
  });

  it('calibrates to lift tests given with --lift, and names --lift or the field when one is wrong', async () => {
    const io = capture();
    const args = ['fit', DEMO, '--json', '--intervals', '0', '--lift', 'radio_spend=1.5:0.001'];
    expect(await main(args, io)).toBe(0);
    const out = JSON.parse(io.stdout[0] as string) as { channels: { name: string; roi: number }[] };
    const radio = out.channels.find((c) => c.name === 'radio_spend');
    expect(Math.abs((radio?.roi ?? 0) / 1.5 - 1)).toBeLessThan(0.01);
    const bad = capture();
    expect(await main(['fit', DEMO, '--lift', 'radio_spend=high'], bad)).not.toBe(0);
    expect(bad.stderr).toHaveLength(1);
    expect(bad.stderr[0]).toMatch(/--lift: expected CHANNEL=ROI:SD/);
    const joint = capture();
    const both = ['--lift', 'radio_spend+tv_spend=2:0.001'];
    expect(await main(['fit', DEMO, '--json', '--intervals', '0', ...both], joint)).toBe(0);
    const fitted = JSON.parse(joint.stdout[0] as string) as {
      channels: { name: string; spend: number; contribution: number }[];
    };
    const pair = fitted.channels.filter((c) => c.name === 'radio_spend' || c.name === 'tv_spend');
    const sum = (f: (c: (typeof pair)[number]) => number) => pair.reduce((a, c) => a + f(c), 0);
    expect(Math.abs(sum((c) => c.contribution) / sum((c) => c.spend) / 2 - 1)).toBeLessThan(0.01);
    const unknown = capture();
    expect(await main(['fit', DEMO, '--lift', 'tiktok_spend=1:0.2'], unknown)).not.toBe(0);
    expect(unknown.stderr[0]).toMatch(/calibration\[0\]\.channel: unknown channel 'tiktok_spend'/);
  });

  it('says --channels is empty when it is given with no names, instead of finding no spend column', async () => {
    for (const value of ['', ' , ']) {
      const io = capture();
      expect(await main(['fit', DEMO, '--channels', value], io)).toBe(2);
      expect(io.stderr).toEqual([
        'mixpilot fit: --channels: is empty; give names separated by commas, e.g. --channels tv_spend,search_spend, or leave the option out',
      ]);
    }
  });

  it('reads a Latin-1 file with its accented names and notes that it was not UTF-8', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mixpilot-fit-'));
    const file = path.join(dir, 'ventes.csv');
    const text = readFileSync(DEMO, 'utf8').replace('tv_spend', 'télé_spend');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const io = capture();
    try {
      expect(await main(['fit', file, '--intervals', '0'], io)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const out = io.stdout.join('\n');
    expect(out).toMatch(/^columns: KPI revenue \(revenue\); channels télé_spend, /);
    expect(out).toMatch(/\nnote: the file is not UTF-8 \(line 1 is the first that is not\)/);
    expect(out).not.toContain('\uFFFD');
  });
});
