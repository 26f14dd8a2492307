import { randomBytes } from 'node:crypto';
import type { Orm } from './database';

/** What every repository is built on: a query executor (database or transaction), ids and a clock. */
export interface RepoContext {
  orm: Orm;
  newId(prefix: string): string;
  now(): Date;
}

/** Collaborators of createStore; tests pass a fixed clock or predictable ids. */
export interface StoreOptions {
  /** New row ids, given a short type prefix such as `ds`; default `<prefix>_<16 random chars>`. */
  newId?: (prefix: string) => string;
  /** Clock for timestamps and job scheduling; default the system clock. */
  now?: () => Date;
}

/** A random, URL-safe row id such as `ds_3kTq0v9Xb2LmPz7A`. */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
