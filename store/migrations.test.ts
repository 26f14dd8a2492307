import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pgErrorOf } from './db-errors';
import { MIGRATIONS_FOLDER } from './migrations-folder';
import { unqualify } from './unqualify-migrations';

describe('committed migrations', () => {
  it('reference tables through the search_path, never a fixed schema', () => {
    const files = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const sql = readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8');
      expect(sql, `${file}: run npx tsx store/unqualify-migrations.ts`).not.toContain('"public".');
    }
  });

  it('unqualifies drizzle-kit foreign keys', () => {
    const line =
      'ALTER TABLE "a" ADD CONSTRAINT "f" FOREIGN KEY ("w") REFERENCES "public"."workspaces"("id");';
    expect(unqualify(line)).toBe(
      'ALTER TABLE "a" ADD CONSTRAINT "f" FOREIGN KEY ("w") REFERENCES "workspaces"("id");',
    );
  });
});

describe('pgErrorOf', () => {
  it('finds the SQLSTATE and constraint inside a wrapped driver error', () => {
    const driver = Object.assign(new Error('dup'), { code: '23505', constraint_name: 'x_uq' });
    const wrapped = new Error('Failed query', { cause: driver });
    expect(pgErrorOf(wrapped)).toEqual({ code: '23505', constraint: 'x_uq' });
    expect(pgErrorOf(new Error('plain'))).toBeUndefined();
    expect(pgErrorOf(Object.assign(new Error('fs'), { code: 'ENOENT' }))).toBeUndefined();
  });
});
