import { randomUUID } from 'node:crypto';
import type { Store } from '../../store';
import { isMixPilotError, MixPilotError } from '../../tools';

const threadNotFound = (id: string) =>
  new MixPilotError(
    'not_found',
    `thread '${id}' not found: there is no such conversation in this workspace`,
    {
      issues: [{ field: 'threadId', reason: 'no such conversation in this workspace' }],
    },
  );

/**
 * The thread a chat turn runs in: the caller's existing thread, a new one with the id the client
 * chose, or a fresh id. An id taken by another workspace is answered as not found, revealing nothing.
 */
export async function chatThread(
  store: Store,
  workspaceId: string,
  threadId: string | undefined,
): Promise<string> {
  const id = threadId ?? randomUUID();
  if (threadId) {
    try {
      await store.threads.get(workspaceId, threadId);
      return threadId;
    } catch (error) {
      if (!isMixPilotError(error) || error.code !== 'not_found') throw error;
    }
  }
  try {
    await store.threads.create(workspaceId, { id, surface: 'web' });
  } catch (error) {
    if (isMixPilotError(error) && error.code === 'conflict') throw threadNotFound(id);
    throw error;
  }
  return id;
}

/** Throws not_found unless the thread belongs to the workspace. */
export async function requireThread(store: Store, workspaceId: string, id: string): Promise<void> {
  try {
    await store.threads.get(workspaceId, id);
  } catch (error) {
    if (isMixPilotError(error) && error.code === 'not_found') throw threadNotFound(id);
    throw error;
  }
}
