import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../evals';
import type { CommandIO } from '../command';
import { createEvalCommand } from './eval';

const CORE = new URL('../../evals/suites/core.yaml', import.meta.url).pathname;

describe('mixpilot eval', () => {
  it('runs the core suite offline on the embedded runtime at or above 95% and writes the reports', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mixpilot-eval-'));
    const out: string[] = [];
    const progress: string[] = [];
    const io: CommandIO = { out: (t) => out.push(t), err: (t) => out.push(t), env: {} };
    const command = createEvalCommand({
      progress: { isTTY: false, write: (t) => progress.push(t) },
    });
    try {
      const code = await command.run([CORE, '--report', dir, '--concurrency', '2'], io);
      const run = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')) as RunResult;
      const failed = run.cases
        .filter((c) => !c.pass && !c.excluded)
        .map((c) => `${c.id}: ${c.failures[0]}`);
      expect(failed).toEqual([]);
      expect(run.cases.length).toBeGreaterThanOrEqual(60);
      expect(run.summary.passRate).toBeGreaterThanOrEqual(0.95);
      expect(code).toBe(0);
      expect(progress).toHaveLength(run.cases.length);
      expect(out.join('\n')).toContain('thresholds met');
      expect(await readFile(path.join(dir, 'junit.xml'), 'utf8')).toContain(
        '<testsuite name="core"',
      );
      expect(await readFile(path.join(dir, 'report.html'), 'utf8')).toContain(
        'MixPilot eval: core',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('runs the cases of a suite without dataset: on the demo data, as /api/evals runs them on the workspace', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mixpilot-eval-'));
    const suite = path.join(dir, 'bare.yaml');
    await writeFile(
      suite,
      'name: bare\ncases:\n  - id: move\n    question: What if we move 20% of TV to social?\n    expect: { tools: [what_if] }\n',
    );
    const out: string[] = [];
    const io: CommandIO = { out: (t) => out.push(t), err: (t) => out.push(t), env: {} };
    try {
      const command = createEvalCommand({ progress: { isTTY: false, write: () => {} } });
      expect(await command.run([suite, '--json'], io)).toBe(0);
      const run = JSON.parse(out[0] as string) as RunResult;
      expect(run.cases.map((c) => [c.id, c.pass, c.error])).toEqual([['move', true, undefined]]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('rejects an unknown provider and a missing suite with one line naming the option', async () => {
    const io: CommandIO = { out: () => {}, err: () => {}, env: {} };
    await expect(createEvalCommand().run([CORE, '--provider', 'claude'], io)).rejects.toThrow(
      "--provider: must be offline or openai, got 'claude'",
    );
    await expect(createEvalCommand().run([], io)).rejects.toThrow(/^SUITE:/);
    await expect(createEvalCommand().run([CORE, '--provider', 'openai'], io)).rejects.toThrow(
      /set OPENAI_API_KEY/,
    );
  });
});
