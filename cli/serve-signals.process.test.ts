import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'mixpilot-signals-'));
const started: number[] = [];

afterAll(() => {
  // Whatever the outcome, nothing this test started outlives it.
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** True while the process runs (a zombie waiting to be reaped counts as gone). */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync('/proc/self/stat')) {
    try {
      return readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid the server logs once it listens (its `listening` line). */
function listeningPid(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no 'listening' line in: ${seen}`)), 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { pid: number }).pid);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before listening: ${seen}`)));
  });
}

describe.skipIf(process.platform === 'win32')('npm start and signals', () => {
  it('leaves no server process behind when npm start gets SIGTERM', async () => {
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME ?? dir,
        MIXPILOT_DATA_DIR: dir,
        PORT: '0',
        // npm run itself never goes online; this keeps its update check from trying.
        npm_config_update_notifier: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (npm.pid) started.push(npm.pid);
    const server = await listeningPid(npm);
    started.push(server);
    expect(server).not.toBe(npm.pid);
    expect(alive(server)).toBe(true);

    npm.kill('SIGTERM');
    // Generous: a loaded 2-core machine may still be finishing the demo fit when the signal comes.
    await expect.poll(() => alive(server), { timeout: 90_000, interval: 200 }).toBe(false);
    await expect.poll(() => npm.exitCode !== null || npm.signalCode !== null).toBe(true);
  }, 240_000);
});
