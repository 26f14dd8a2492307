import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { invalid } from '../tools';

/** True when a process with this id is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the embedded database for this process. PGlite keeps the database in one process's
 * memory and writes it back on its own schedule, so a second process (the CLI while `mixpilot
 * serve` runs) would read stale data and corrupt what it writes: it is refused with one line that
 * says what to do. A lock left by a process that is gone is taken over. Returns the release.
 */
export function lockDatabase(root: string): () => void {
  const file = path.join(root, 'db.lock');
  const claim = () => writeFileSync(file, String(process.pid), { flag: 'wx' });
  try {
    claim();
  } catch {
    const holder = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(holder) && holder !== process.pid && alive(holder))
      throw invalid(
        'MIXPILOT_DATA_DIR',
        `the embedded database in ${root} is in use by another MixPilot process (pid ${holder}), such as a running server: stop it first, use its HTTP API, or set DATABASE_URL to share a PostgreSQL database`,
        'conflict',
      );
    writeFileSync(file, String(process.pid));
  }
  const release = () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
    } catch {
      // already gone
    }
  };
  process.once('exit', release);
  return release;
}
