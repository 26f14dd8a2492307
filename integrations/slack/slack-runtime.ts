import type { AgentAnswer } from '../../agent';
import type { SlackAnswerCache, SlackDeps } from './slack-deps';
import { LruMap, TtlSet } from './ttl-cache';

const EVENT_TTL_MS = 60 * 60 * 1000;
const DECISION_TTL_MS = 24 * 60 * 60 * 1000;

/** Shared state of one Slack app: its collaborators and the caches its listeners use. */
export interface SlackRuntime {
  deps: SlackDeps;
  answers: SlackAnswerCache;
  /** Event ids already handled, so retried deliveries are answered once. */
  seenEvents: TtlSet;
  /** Plans already approved or declined, and votes already recorded. */
  decided: TtlSet;
  /** Runs turns of the same Slack thread one after another, in arrival order. */
  serialize<T>(key: string, work: () => Promise<T>): Promise<T>;
}

export function createSlackRuntime(deps: SlackDeps, now: () => number = Date.now): SlackRuntime {
  const tails = new Map<string, Promise<unknown>>();
  const serialize = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
  return {
    serialize,
    deps,
    answers: deps.answers ?? new LruMap<AgentAnswer>(500),
    seenEvents: new TtlSet(EVENT_TTL_MS, 50_000, now),
    decided: new TtlSet(DECISION_TTL_MS, 50_000, now),
  };
}

/** Cache key of a posted answer: the channel and the `ts` of the Slack message. */
export function answerKey(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}
