import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { MIGRATIONS_FOLDER } from './migrations-folder';

/**
 * In-memory databases start from a cached, already migrated data directory when one exists: a
 * fresh PGlite runs initdb, which costs seconds per test file. The cache lives in the OS temp
 * folder, keyed by the PGlite and pgvector versions and the migrations, so any change rebuilds it.
 */
let cachedKey: string | undefined;

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve(name));
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === name) return pkg.version ?? 'unknown';
    } catch {}
    dir = path.dirname(dir);
  }
  return 'unknown';
}

function templateFile(): string {
  if (!cachedKey) {
    const hash = createHash('sha256');
    hash.update(`v1 ${packageVersion('@electric-sql/pglite')}`);
    hash.update(` ${packageVersion('@electric-sql/pglite-pgvector')}`);
    for (const name of readdirSync(MIGRATIONS_FOLDER).sort()) {
      if (name.endsWith('.sql')) hash.update(readFileSync(path.join(MIGRATIONS_FOLDER, name)));
    }
    cachedKey = hash.digest('hex').slice(0, 16);
  }
  return path.join(tmpdir(), `mixpilot-pglite-${cachedKey}.tar`);
}

/** The cached data directory, or undefined when there is none yet. */
export async function readTemplate(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(templateFile())]);
  } catch {
    return undefined;
  }
}

/** Saves a freshly migrated database as the template (best effort, atomic rename). */
export async function writeTemplate(client: PGlite): Promise<void> {
  try {
    const dump = await client.dumpDataDir('none');
    const target = templateFile();
    const temporary = `${target}.${process.pid}.${Date.now()}`;
    await writeFile(temporary, Buffer.from(await dump.arrayBuffer()));
    await rename(temporary, target);
  } catch {}
}
