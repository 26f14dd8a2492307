import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDatabase } from './pglite-lock';

const dir = () => mkdtempSync(path.join(tmpdir(), 'mixpilot-lock-'));

describe('the embedded database lock', () => {
  it('refuses a database another live process holds, naming it and what to do', () => {
    const root = dir();
    // The parent of this test process is alive and is not this process.
    writeFileSync(path.join(root, 'db.lock'), String(process.ppid));
    expect(() => lockDatabase(root)).toThrow(
      `MIXPILOT_DATA_DIR: the embedded database in ${root} is in use by another MixPilot process (pid ${process.ppid})`,
    );
    expect(readFileSync(path.join(root, 'db.lock'), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that is gone, and releases it', () => {
    const root = dir();
    writeFileSync(path.join(root, 'db.lock'), '4194303');
    const release = lockDatabase(root);
    expect(readFileSync(path.join(root, 'db.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(root, 'db.lock'))).toBe(false);
  });

  it('lets the same process open its database again', () => {
    const root = dir();
    const first = lockDatabase(root);
    expect(() => lockDatabase(root)).not.toThrow();
    first();
  });
});
