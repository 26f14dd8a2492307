import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore, openDatabase } from '../../store';
import type { CommandIO } from '../command';
import { main } from '../main';

const dir = mkdtempSync(path.join(tmpdir(), 'mixpilot-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): CommandIO & { stdout: string[]; stderr: string[] } {
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

describe('mixpilot keys', () => {
  it('mints a key once (creating the workspace), lists it and revokes it', async () => {
    const io = capture();
    expect(
      await main(['keys', 'create', '--workspace', 'acme', '--label', 'widget', '--json'], io),
    ).toBe(0);
    const created = JSON.parse(io.stdout[0] as string) as {
      key: string;
      id: string;
      workspace: string;
    };
    expect(created.key).toMatch(/^mp_[A-Za-z0-9_-]{43}$/);
    expect(created.workspace).toBe('acme');

    const db = await openDatabase({ dataDir: dir });
    try {
      expect(await createStore(db).apiKeys.verify(created.key)).toEqual({
        workspaceId: 'acme',
        keyId: created.id,
      });
    } finally {
      await db.close();
    }
    const list = capture();
    expect(await main(['keys', 'list', '--workspace', 'acme'], list)).toBe(0);
    expect(list.stdout[0]).toContain(created.id);
    expect(list.stdout[0]).not.toContain(created.key);
    expect(await main(['keys', 'revoke', created.id, '--workspace', 'acme'], capture())).toBe(0);
    const after = capture();
    await main(['keys', 'list', '--workspace', 'acme'], after);
    expect(after.stdout[0]).toContain('revoked');
  });

  it('says which option is missing', async () => {
    const io = capture();
    expect(await main(['keys', 'create', '--workspace', 'acme'], io)).toBe(2);
    expect(io.stderr[0]).toContain('--label');
  });
});
