import type { IntentName } from '../planner-types';

/** One table row: a conversation (earlier turns first) and what the planner should do last. */
export interface PlannerCase {
  /** The user's messages; all but the last are earlier turns of the same conversation. */
  q: string | string[];
  intent: IntentName;
  /** Non-search tools expected, in order. */
  tools?: string[];
  /** Partial arguments of the first non-search call. */
  args?: Record<string, unknown>;
}

/** A row with a tag for the per-kind report of the people-style tables. */
export type TaggedCase = PlannerCase & { tag: string };
