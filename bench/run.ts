/**
 * `npm run bench [-- name...]`: runs every `bench/*.bench.ts` (or the named ones) in turn and
 * writes their tables to stdout and to `bench/results/<name>.md`. Each bench module exports
 * `default async function run(): Promise<string>` returning a markdown section.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
mkdirSync(path.join(dir, 'results'), { recursive: true });
if (files.length > 1) {
  // One process per bench, so memory figures are not inflated by the benches before it.
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, '');
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, name], {
      stdio: 'inherit',
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
  process.exit(0);
}
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  const mod = (await import(path.join(dir, file))) as { default: () => Promise<string> };
  const started = performance.now();
  const section = await mod.default();
  const header = `<!-- ${name}: ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${((performance.now() - started) / 1000).toFixed(1)} s -->`;
  writeFileSync(path.join(dir, 'results', `${name}.md`), `${header}\n${section}\n`);
  console.log(`${section}\n`);
}
