/** How often a running fit's record is touched while its fit runs. */
export const FIT_HEARTBEAT_MS = 20_000;
/**
 * A running fit whose record has not moved for this long lost its process (six missed beats):
 * any instance sweeping the database may mark it failed.
 */
export const STALE_FIT_MS = 6 * FIT_HEARTBEAT_MS;

/**
 * Runs `work` and calls `beat` every `everyMs` until it settles. A failed beat is ignored: the
 * fit's own outcome is what gets recorded, and a missed beat only risks a sweep.
 */
export async function whileBeating<T>(
  work: () => Promise<T>,
  beat: () => Promise<unknown>,
  everyMs: number = FIT_HEARTBEAT_MS,
): Promise<T> {
  const timer = setInterval(() => {
    beat().catch(() => undefined);
  }, everyMs);
  // A beat alone never keeps a process alive.
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
