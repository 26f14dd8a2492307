import { describe, expect, it } from 'vitest';
import type { SuiteContext } from './suite-context';
import { expectCode } from './suite-context';

export function jobsSuite(t: SuiteContext): void {
  describe('jobs', () => {
    it('claims due jobs oldest first, once, and completes them', async () => {
      const { store, clock } = t.store();
      const ws = await t.workspace(store);
      const kind = `fit_${ws}`;
      const a = await store.jobs.enqueue({ workspaceId: ws, kind, payload: { modelId: 'm1' } });
      clock.advance(1);
      const b = await store.jobs.enqueue({ workspaceId: ws, kind });
      const later = await store.jobs.enqueue({
        kind,
        runAfter: new Date(clock.now().getTime() + 60_000),
      });
      const first = await store.jobs.claim('w1', { kinds: [kind] });
      expect(first).toMatchObject({ id: a.id, status: 'running', lockedBy: 'w1', attempts: 1 });
      expect((await store.jobs.claim('w2', { kinds: [kind] }))?.id).toBe(b.id);
      expect(await store.jobs.claim('w3', { kinds: [kind] })).toBeUndefined();
      await expectCode(store.jobs.complete(a.id, 'w2'), 'conflict');
      const done = await store.jobs.complete(a.id, 'w1', { ok: true });
      expect(done).toMatchObject({ status: 'done', result: { ok: true } });
      clock.advance(60_000);
      expect((await store.jobs.claim('w3', { kinds: [kind] }))?.id).toBe(later.id);
      expect((await store.jobs.get(ws, a.id)).payload).toEqual({ modelId: 'm1' });
    });

    it('retries a failed job after an exponential backoff, then gives up', async () => {
      const { store, clock } = t.store();
      const kind = `retry_${Math.random().toString(36).slice(2)}`;
      const job = await store.jobs.enqueue({ kind, maxAttempts: 3 });
      const delays: number[] = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        const claimed = await store.jobs.claim('w', { kinds: [kind] });
        expect(claimed?.attempts).toBe(attempt);
        const failed = await store.jobs.fail(job.id, 'w', `boom ${attempt}`, { backoffMs: 1000 });
        if (attempt < 3) {
          expect(failed.status).toBe('queued');
          const delay = failed.runAfter.getTime() - clock.now().getTime();
          delays.push(delay);
          clock.advance(delay - 1);
          expect(await store.jobs.claim('w', { kinds: [kind] })).toBeUndefined();
          clock.advance(1);
        } else {
          expect(failed).toMatchObject({ status: 'failed', lastError: 'boom 3' });
        }
      }
      expect(delays).toEqual([1000, 2000]);
      expect(await store.jobs.claim('w', { kinds: [kind] })).toBeUndefined();
    });

    it('hands each job to exactly one of many concurrent claimers', async () => {
      const { store } = t.store();
      const kind = `burst_${Math.random().toString(36).slice(2)}`;
      for (let i = 0; i < 8; i++) await store.jobs.enqueue({ kind });
      const claims = await Promise.all(
        Array.from({ length: 12 }, (_, i) => store.jobs.claim(`w${i}`, { kinds: [kind] })),
      );
      const ids = claims.flatMap((c) => (c ? [c.id] : []));
      expect(ids.length).toBe(8);
      expect(new Set(ids).size).toBe(8);
    });

    it('requeues jobs whose worker stopped answering', async () => {
      const { store, clock } = t.store();
      const kind = `stale_${Math.random().toString(36).slice(2)}`;
      const job = await store.jobs.enqueue({ kind });
      await store.jobs.claim('dead', { kinds: [kind] });
      clock.advance(10_000);
      expect(await store.jobs.releaseStale(60_000)).toBe(0);
      clock.advance(60_000);
      expect(await store.jobs.releaseStale(60_000)).toBeGreaterThanOrEqual(1);
      expect((await store.jobs.claim('alive', { kinds: [kind] }))?.id).toBe(job.id);
    });
  });
}
