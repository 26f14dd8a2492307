// Adds lock entries for platform-specific optional packages that this machine's npm registry
// does not serve (so `npm install` leaves them out and `npm ci` then refuses the lock).
// They are never installed here (wrong os/cpu); the entries only keep the lock complete.
// Usage: node scripts/lock-optional-platforms.mjs [package-lock.json]
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || !name.startsWith('@biomejs/cli-')) continue;
    const [os, cpu, libc] = name.replace('@biomejs/cli-', '').split('-');
    packages[key] = {
      version,
      cpu: [cpu],
      ...(entry.dev ? { dev: true } : {}),
      license: 'MIT OR Apache-2.0',
      optional: true,
      os: [os],
      ...(libc ? { libc: [libc] } : {}),
      engines: { node: '>=14.21.3' },
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} lock entries`);
