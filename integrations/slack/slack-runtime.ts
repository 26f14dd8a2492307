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
}

export function createSlackRuntime(deps: SlackDeps, now: () => number = Date.now): SlackRuntime {
  return {
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
