import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIO } from '../command';
import { main } from '../main';

const dir = mkdtempSync(path.join(tmpdir(), 'mixpilot-ask-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): CommandIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    env: { MIXPILOT_DATA_DIR: dir },
  };
}

describe('mixpilot ask', () => {
  it('prints exactly one JSON object with the answer and its trace, and continues the thread', async () => {
    const first = io();
    expect(await main(['ask', 'What if we move 20% of TV to social?', '--json'], first)).toBe(0);
    expect(first.stdout).toHaveLength(1);
    const out = JSON.parse(first.stdout[0]!) as {
      answer: string;
      toolCalls: { name: string; args: unknown; result: unknown }[];
      citations: { id: string; title: string }[];
      threadId: string;
      provider: string;
    };
    expect(Object.keys(out).sort()).toEqual([
      'answer',
      'citations',
      'provider',
      'threadId',
      'toolCalls',
    ]);
    expect(out.toolCalls.map((c) => c.name)).toContain('what_if');
    expect(out.provider).toBe('offline');
    expect(out.citations[0]).toEqual(
      expect.objectContaining({ id: expect.any(String), title: expect.any(String) }),
    );

    const second = io();
    expect(await main(['ask', 'and 30%?', '--thread', out.threadId, '--json'], second)).toBe(0);
    const next = JSON.parse(second.stdout[0]!) as {
      toolCalls: { name: string; args: { changes?: { percent?: number }[] } }[];
      threadId: string;
    };
    expect(next.threadId).toBe(out.threadId);
    expect(next.toolCalls.find((c) => c.name === 'what_if')?.args.changes?.[0]?.percent).toBe(30);
  }, 180_000);

  it('approves the proposed plan of a thread only when asked to', async () => {
    const first = io();
    expect(
      await main(['ask', 'How should we split $1M across TV, social and search?', '--json'], first),
    ).toBe(0);
    const { threadId } = JSON.parse(first.stdout[0]!) as { threadId: string };
    const decided = io();
    expect(await main(['ask', '--approve', '--thread', threadId, '--json'], decided)).toBe(0);
    expect((JSON.parse(decided.stdout[0]!) as { answer: string }).answer).toMatch(/^Approved/);
    const again = io();
    expect(await main(['ask', '--approve', '--thread', threadId], again)).toBe(2);
    expect(again.stderr[0]).toMatch(/no plan waiting for approval/);
    const unknown = io();
    expect(await main(['ask', '--reject', '--thread', 'no-such-thread'], unknown)).toBe(2);
    expect(unknown.stderr).toEqual([
      "mixpilot ask: thread 'no-such-thread' not found: there is no such conversation in this workspace",
    ]);
  }, 180_000);

  it('exits 2 with one readable line when the question is missing', async () => {
    const run = io();
    expect(await main(['ask'], run)).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/QUESTION: give the question/);
  });
});
