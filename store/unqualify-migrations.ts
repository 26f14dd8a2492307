/**
 * drizzle-kit writes foreign keys as `REFERENCES "public"."table"`. MixPilot's tables may live in
 * any schema (the `schema` option of openDatabase, one per test run), so references must follow
 * the search_path. Run after `npx drizzle-kit generate`: `npx tsx store/unqualify-migrations.ts`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_FOLDER } from './migrations-folder';

/** Removes the `"public".` qualifier drizzle-kit puts on referenced tables. */
export function unqualify(sql: string): string {
  return sql.replaceAll('REFERENCES "public".', 'REFERENCES ');
}

async function main(): Promise<void> {
  for (const name of await readdir(MIGRATIONS_FOLDER)) {
    if (!name.endsWith('.sql')) continue;
    const file = path.join(MIGRATIONS_FOLDER, name);
    const before = await readFile(file, 'utf8');
    const after = unqualify(before);
    if (after !== before) {
      await writeFile(file, after);
      console.log(`unqualified ${name}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await main();
}
