import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentService } from '../agent';
import { createMemorySlackDeps } from '../integrations';
import { createStore, type Database, openDatabase, type Store } from '../store';
import { createStoreSlackDeps, slackWorkspaceId } from './slack-deps';

let db: Database;
let store: Store;
beforeAll(async () => {
  db = await openDatabase({ inMemory: true });
  store = createStore(db);
});
afterAll(() => db.close());

const agent = {} as AgentService;
const logger = createMemorySlackDeps({ agent }).logger;

describe('store-backed Slack deps', () => {
  it('maps each team to one workspace, created on first contact, even under concurrent calls', async () => {
    const deps = createStoreSlackDeps({ store, agent, logger });
    const ids = await Promise.all([
      deps.workspaceForTeam('T01ABC'),
      deps.workspaceForTeam('T01ABC'),
    ]);
    expect(ids).toEqual([slackWorkspaceId('T01ABC'), slackWorkspaceId('T01ABC')]);
    const again = createStoreSlackDeps({ store, agent, logger });
    expect(await again.workspaceForTeam('T01ABC')).toBe('slack-t01abc');
    expect((await store.workspaces.findBySlackTeam('T01ABC'))?.id).toBe('slack-t01abc');
    expect(await deps.workspaceForTeam('T02XYZ')).toBe('slack-t02xyz');
  });

  it('links a Slack thread to one stored thread and stores votes as feedback', async () => {
    const deps = createStoreSlackDeps({ store, agent, logger });
    const key = { teamId: 'T01ABC', channel: 'C1', threadTs: '1700000000.000100' };
    const threadId = await deps.threadFor(key);
    expect(threadId).toBeDefined();
    expect(await deps.threadFor(key)).toBe(threadId);
    expect(await deps.threadFor({ ...key, threadTs: '1700000001.000100' })).not.toBe(threadId);
    const thread = await store.threads.get('slack-t01abc', threadId as string);
    expect(thread).toMatchObject({ surface: 'slack', externalRef: 'C1:1700000000.000100' });
    await deps.saveThread(key, threadId as string);
    await deps.saveFeedback({
      workspaceId: 'slack-t01abc',
      threadId: threadId as string,
      helpful: false,
      comment: 'wrong',
      source: 'slack',
    });
    expect(await store.feedback.list('slack-t01abc')).toEqual([
      expect.objectContaining({ threadId, helpful: false, comment: 'wrong', source: 'slack' }),
    ]);
  });
});
