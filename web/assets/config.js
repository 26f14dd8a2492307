/**
 * Reads the widget's start-up settings from the page address and storage: the API key
 * (`?key=` or `#key=`, else the saved one), embed mode (`?embed=1`) and the title.
 */

export const KEY_STORAGE = 'mixpilot.apiKey';
export const THREAD_STORAGE = 'mixpilot.threadId';

/**
 * @typedef {{ getItem(k: string): string | null, setItem(k: string, v: string): void,
 *   removeItem(k: string): void }} KeyValueStore
 */

/**
 * @param {{ search: string, hash: string }} location
 * @param {KeyValueStore | undefined} saved where a key given in the query string is remembered
 * @returns {{ key?: string, embed: boolean, title: string, keyInQuery: boolean }}
 */
export function readConfig(location, saved) {
  const query = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  const embed = query.get('embed') === '1';
  const title = (query.get('title') ?? '').trim().slice(0, 60) || 'MixPilot';
  const queryKey = query.get('key')?.trim();
  const hashKey = hash.get('key')?.trim();
  if (queryKey && !embed) safely(() => saved?.setItem(KEY_STORAGE, queryKey));
  const key =
    queryKey || hashKey || (embed ? undefined : safely(() => saved?.getItem(KEY_STORAGE)));
  /** @type {{ key?: string, embed: boolean, title: string, keyInQuery: boolean }} */
  const config = { embed, title, keyInQuery: Boolean(queryKey || hashKey) };
  if (key) config.key = key;
  return config;
}

/**
 * Runs a storage call, treating blocked storage (private mode, sandboxed frames) as empty.
 * @template T
 * @param {() => T} fn
 * @returns {T | undefined}
 */
export function safely(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
