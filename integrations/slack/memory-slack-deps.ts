import type { AgentAnswer, AgentService } from '../../agent';
import type { SlackDeps, SlackFeedback, SlackLogger, SlackThreadKey } from './slack-deps';
import { LruMap } from './ttl-cache';

/** In-memory `SlackDeps` plus what it recorded, for tests and single-process demos. */
export interface MemorySlackDeps extends SlackDeps {
  threads: Map<string, string>;
  feedback: SlackFeedback[];
  logs: { level: keyof SlackLogger; message: string; fields?: Record<string, unknown> }[];
}

/** The map key of a Slack thread. */
export function threadKeyString(key: SlackThreadKey): string {
  return `${key.teamId}:${key.channel}:${key.threadTs}`;
}

/**
 * Builds `SlackDeps` held in memory: every team maps to `workspaceId` (or `workspaces[team]`),
 * threads and feedback live in maps and arrays, logs are captured.
 */
export function createMemorySlackDeps(options: {
  agent: AgentService;
  workspaceId?: string;
  workspaces?: Record<string, string>;
  publicUrl?: string;
}): MemorySlackDeps {
  const threads = new Map<string, string>();
  const feedback: SlackFeedback[] = [];
  const logs: MemorySlackDeps['logs'] = [];
  const log = (level: keyof SlackLogger) => (message: string, fields?: Record<string, unknown>) => {
    logs.push(fields === undefined ? { level, message } : { level, message, fields });
  };
  const answers = new LruMap<AgentAnswer>(500);
  return {
    agent: options.agent,
    threads,
    feedback,
    logs,
    workspaceForTeam: async (teamId) =>
      options.workspaces?.[teamId] ?? options.workspaceId ?? 'default',
    threadFor: async (key) => threads.get(threadKeyString(key)),
    saveThread: async (key, threadId) => {
      threads.set(threadKeyString(key), threadId);
    },
    saveFeedback: async (entry) => {
      feedback.push(entry);
    },
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    answers,
    ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
  };
}
