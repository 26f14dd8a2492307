import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { sqlClientFromPglite } from './sql-client';
import { createSqlDocArchive } from './sql-doc-archive';

const db = new PGlite();
afterAll(() => db.close());

describe('SQL document archive (PGlite without pgvector)', () => {
  it('keeps documents per workspace, replaces by id and removes one at a time', async () => {
    const archive = createSqlDocArchive({ sql: sqlClientFromPglite(db) });
    await archive.init();
    await archive.init();
    expect(await archive.list()).toEqual([]);
    await archive.save('globex', { id: 'notes', title: 'Notes', body: 'globex body' });
    await archive.save('acme', { id: 'notes', title: 'Notes', body: 'v1' });
    await archive.save('acme', { id: 'brand', title: 'Brand', body: 'brand body' });
    await archive.save('acme', { id: 'notes', title: 'Notes v2', body: 'v2' });
    expect(await archive.list()).toEqual([
      {
        workspaceId: 'acme',
        docs: [
          { id: 'brand', title: 'Brand', body: 'brand body' },
          { id: 'notes', title: 'Notes v2', body: 'v2' },
        ],
      },
      { workspaceId: 'globex', docs: [{ id: 'notes', title: 'Notes', body: 'globex body' }] },
    ]);
    expect(await archive.remove('acme', 'notes')).toBe(true);
    expect(await archive.remove('acme', 'notes')).toBe(false);
    expect((await archive.list()).map((w) => [w.workspaceId, w.docs.map((d) => d.id)])).toEqual([
      ['acme', ['brand']],
      ['globex', ['notes']],
    ]);
  });

  it('refuses a table name that would need quoting', () => {
    expect(() => createSqlDocArchive({ sql: sqlClientFromPglite(db), table: 'x; drop' })).toThrow(
      RangeError,
    );
  });
});
