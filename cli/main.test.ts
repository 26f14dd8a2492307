import { describe, expect, it } from 'vitest';
import type { CommandIO } from './command';
import { joinNegativeValues, main } from './main';

function capture(): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), env: {} };
}

describe('mixpilot CLI', () => {
  it('prints help with no arguments and exits 0', async () => {
    const io = capture();
    expect(await main([], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/Usage: mixpilot <command>/);
  });

  it('exits 2 with one readable line for an unknown command', async () => {
    const io = capture();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/unknown command 'frobnicate'/);
  });

  it('reads a value starting with a minus as the option value, and a usage mistake exits 2', async () => {
    expect(
      joinNegativeValues(['x.csv', '--seed', '-1', '--move', '-20% tv->social', '--json']),
    ).toEqual(['x.csv', '--seed=-1', '--move=-20% tv->social', '--json']);
    const io = capture();
    expect(await main(['fit', 'data/demo.csv', '--bogus'], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^mixpilot fit: Unknown option '--bogus'/);
  });
});
