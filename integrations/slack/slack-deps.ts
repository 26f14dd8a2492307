import type { AgentAnswer, AgentService } from '../../agent';

/** Identifies one Slack conversation thread; each maps to one agent thread. */
export interface SlackThreadKey {
  teamId: string;
  channel: string;
  /** `ts` of the thread's root message. */
  threadTs: string;
}

/** A helpful / not helpful vote on one answer, stored for eval suites. */
export interface SlackFeedback {
  workspaceId: string;
  threadId: string;
  helpful: boolean;
  comment?: string;
  source: 'slack';
  /** Slack user who voted, e.g. `U123`. */
  userId?: string;
  /** Text of the answer voted on, so an eval case can be built from it. */
  answer?: string;
}

/** Structured logger; Slack payload details go here, never to the user. */
export interface SlackLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Keeps posted answers so "Show details" can show their tool trace later. */
export interface SlackAnswerCache {
  put(key: string, answer: AgentAnswer): void;
  get(key: string): AgentAnswer | undefined;
}

/**
 * What the Slack integration needs from the rest of MixPilot. The composition root adapts the
 * store to it; `createMemorySlackDeps` is the in-memory version for tests and demos.
 */
export interface SlackDeps {
  agent: AgentService;
  /** The MixPilot workspace a Slack team (`T…`) belongs to. */
  workspaceForTeam(teamId: string): Promise<string>;
  /** The agent thread already linked to a Slack thread, if any. */
  threadFor(key: SlackThreadKey): Promise<string | undefined>;
  saveThread(key: SlackThreadKey, threadId: string): Promise<void>;
  saveFeedback(feedback: SlackFeedback): Promise<void>;
  logger: SlackLogger;
  /** Base URL of the web widget; charts link to `${publicUrl}/?thread=<threadId>` when set. */
  publicUrl?: string;
  /** Where answers wait for "Show details"; an in-memory LRU when omitted. */
  answers?: SlackAnswerCache;
}

/** Credentials from the environment (read by cli/config.ts, passed in). */
export interface SlackConfig {
  /** `xoxb-…` bot token. */
  botToken: string;
  /** Signing secret from the app's Basic Information page (HTTP mode). */
  signingSecret: string;
  /** `xapp-…` app-level token with `connections:write`; enables Socket Mode. */
  appToken?: string;
  /** The slash command name, `/mixpilot` unless changed in the manifest. */
  command?: string;
}
