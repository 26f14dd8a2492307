import { describe, expect, it } from 'vitest';
import { contentHash } from '../documents-repository';
import type { SuiteContext } from './suite-context';
import { expectCode } from './suite-context';

export function conversationsSuite(t: SuiteContext): void {
  describe('threads and messages', () => {
    it('appends turns in order and titles the thread with the first question', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const thread = await store.threads.create(ws, { surface: 'web' });
      const parts = [{ type: 'notice', level: 'info', text: 'hi' }];
      const first = await store.threads.appendTurn(ws, thread.id, [
        { role: 'user', text: 'What drives sales?' },
        { role: 'assistant', text: 'TV [1]', parts, citations: [{ id: 'adstock', title: 'A' }] },
      ]);
      expect(first.map((m) => m.idx)).toEqual([0, 1]);
      await store.threads.appendTurn(ws, thread.id, [
        { role: 'user', text: 'And social?' },
        { role: 'assistant', text: 'Less.', toolCalls: [{ id: 'c1', name: 'what_if' }] },
      ]);
      const got = await store.threads.get(ws, thread.id);
      expect(got.title).toBe('What drives sales?');
      expect(got.messages.map((m) => [m.idx, m.role, m.text])).toEqual([
        [0, 'user', 'What drives sales?'],
        [1, 'assistant', 'TV [1]'],
        [2, 'user', 'And social?'],
        [3, 'assistant', 'Less.'],
      ]);
      expect(got.messages[1]?.parts).toEqual(parts);
      expect(got.messages[3]?.toolCalls).toEqual([{ id: 'c1', name: 'what_if' }]);
      expect((await store.threads.list(ws)).map((x) => x.id)).toEqual([thread.id]);
    });

    it('keeps one thread per outside conversation, even when asked twice at once', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const ref = { surface: 'slack' as const, externalRef: 'C01:1700000000.0001' };
      const [a, b] = await Promise.all([
        store.threads.ensureExternal(ws, ref),
        store.threads.ensureExternal(ws, ref),
      ]);
      expect(a.id).toBe(b.id);
      expect((await store.threads.findByExternalRef(ws, 'slack', ref.externalRef))?.id).toBe(a.id);
      await expectCode(store.threads.create(ws, { id: a.id, surface: 'web' }), 'conflict');
      await store.threads.delete(ws, a.id);
      await expectCode(store.threads.get(ws, a.id), 'not_found');
    });
  });

  describe('documents', () => {
    it('upserts by title and reports whether the content changed', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const first = await store.documents.upsert(ws, { title: 'Brand notes', body: 'v1' });
      expect(first.changed).toBe(true);
      expect(first.document.contentHash).toBe(contentHash('v1'));
      const same = await store.documents.upsert(ws, { title: 'Brand notes', body: 'v1' });
      expect(same).toEqual({ document: first.document, changed: false });
      const next = await store.documents.upsert(ws, { title: 'Brand notes', body: 'v2' });
      expect(next.changed).toBe(true);
      expect(next.document.id).toBe(first.document.id);
      expect((await store.documents.list(ws)).map((d) => d.body)).toEqual(['v2']);
      await store.documents.delete(ws, first.document.id);
      await expectCode(store.documents.get(ws, first.document.id), 'not_found');
    });
  });

  describe('eval runs', () => {
    it('goes queued → running → done with results and a report', async () => {
      const { store } = t.store();
      const ws = await t.workspace(store);
      const run = await store.evalRuns.create(ws, { suite: { name: 'smoke', cases: [] } });
      expect(run.status).toBe('queued');
      await store.evalRuns.markRunning(ws, run.id);
      const done = await store.evalRuns.complete(ws, run.id, {
        results: { passed: 3, failed: 0 },
        reportHtml: '<h1>ok</h1>',
      });
      expect(done).toMatchObject({ status: 'done', results: { passed: 3, failed: 0 } });
      expect((await store.evalRuns.get(ws, run.id)).reportHtml).toBe('<h1>ok</h1>');
      const [summary] = await store.evalRuns.list(ws);
      expect(summary).not.toHaveProperty('reportHtml');
      await expectCode(store.evalRuns.fail(ws, run.id, 'late'), 'conflict');
    });
  });

  describe('feedback', () => {
    it('exports "not helpful" ratings with the question and the rated answer', async () => {
      const { store, clock } = t.store();
      const ws = await t.workspace(store);
      const thread = await store.threads.create(ws, { surface: 'web' });
      await store.threads.appendTurn(ws, thread.id, [
        { role: 'user', text: 'Q1' },
        { role: 'assistant', text: 'A1' },
        { role: 'user', text: 'Q2' },
        { role: 'assistant', text: 'A2' },
      ]);
      await store.feedback.create(ws, {
        threadId: thread.id,
        messageIndex: 1,
        helpful: true,
        source: 'web',
      });
      clock.advance(1000);
      await store.feedback.create(ws, {
        threadId: thread.id,
        messageIndex: 1,
        helpful: false,
        comment: 'wrong channel',
        source: 'slack',
      });
      clock.advance(1000);
      await store.feedback.create(ws, { threadId: thread.id, helpful: false, source: 'api' });
      const items = await store.feedback.listNotHelpful(ws);
      expect(items.map((i) => [i.question, i.answer, i.feedback.comment])).toEqual([
        ['Q2', 'A2', null],
        ['Q1', 'A1', 'wrong channel'],
      ]);
      expect((await store.feedback.list(ws)).length).toBe(3);
      const bad = { threadId: thread.id, messageIndex: 9, helpful: false, source: 'web' as const };
      await expectCode(store.feedback.create(ws, bad), 'not_found');
      await expectCode(
        store.feedback.create(ws, { ...bad, threadId: 'thr_x', messageIndex: undefined }),
        'not_found',
      );
    });
  });
}
