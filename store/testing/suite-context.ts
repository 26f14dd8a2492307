import { expect } from 'vitest';
import { isMixPilotError } from '../../tools';
import type { Store } from '../create-store';
import { createStore } from '../create-store';
import type { Database } from '../database';

/** A settable clock for one test. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

/** What every part of the shared repository suite gets from the backend under test. */
export interface SuiteContext {
  db(): Database;
  /** A store with a fresh clock, starting at 2024-06-01T00:00:00Z. */
  store(): { store: Store; clock: TestClock };
  /** A new workspace with a unique id. */
  workspace(store: Store, name?: string): Promise<string>;
}

let counter = 0;

export function suiteContext(getDb: () => Database): SuiteContext {
  return {
    db: getDb,
    store() {
      let t = Date.parse('2024-06-01T00:00:00Z');
      const clock: TestClock = {
        now: () => new Date(t),
        advance: (ms) => {
          t += ms;
        },
      };
      return { store: createStore(getDb(), { now: clock.now }), clock };
    },
    async workspace(store, name = 'Test') {
      counter += 1;
      const id = `ws${counter}_${Math.random().toString(36).slice(2, 8)}`;
      await store.workspaces.create({ id, name });
      return id;
    },
  };
}

/** Asserts that `promise` rejects with a MixPilotError of `code`. */
export async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected a ${code} error`).toBeDefined();
  expect(isMixPilotError(error) ? error.code : error).toBe(code);
}
