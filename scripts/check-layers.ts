/** `npm run layers`: fails when an import breaks the layering of ../shared/ARCHITECTURE.md. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLayers, PARTS } from './layer-rules';

const root = path.resolve(import.meta.dirname, '..');
const files = new Map<string, string>();
const walk = (dir: string): void => {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) walk(rel);
    else if (entry.name.endsWith('.ts')) files.set(rel, readFileSync(path.join(root, rel), 'utf8'));
  }
};
for (const part of Object.keys(PARTS)) {
  try {
    walk(part);
  } catch {
    // a part that does not exist yet has nothing to check
  }
}
const problems = checkLayers(files);
if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`layers: ${problems.length} problem(s) in ${files.size} files`);
  process.exit(1);
}
console.log(`layers: ${files.size} files, imports point down, no cycles`);
