import type { AgentService } from '../agent';
import type { SlackDeps, SlackLogger, SlackThreadKey } from '../integrations';
import type { Store } from '../store';
import { isMixPilotError } from '../tools';

const externalRef = (key: SlackThreadKey) => `${key.channel}:${key.threadTs}`;

/** A readable, stable workspace id for a Slack team: `slack-t0123abc`. */
export function slackWorkspaceId(teamId: string): string {
  return `slack-${teamId.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

/**
 * SlackDeps over the store: each Slack team maps to one MixPilot workspace (created on first
 * contact), each Slack thread to one stored thread (surface `slack`), votes to feedback rows.
 */
export function createStoreSlackDeps(options: {
  store: Store;
  agent: AgentService;
  logger: SlackLogger;
  publicUrl?: string;
}): SlackDeps {
  const { store, logger } = options;
  const teams = new Map<string, string>();

  async function workspaceForTeam(teamId: string): Promise<string> {
    const known = teams.get(teamId);
    if (known) return known;
    let workspace = await store.workspaces.findBySlackTeam(teamId);
    if (!workspace) {
      try {
        workspace = await store.workspaces.create({
          id: slackWorkspaceId(teamId),
          name: `Slack ${teamId}`,
          slackTeamId: teamId,
        });
        logger.info('slack: created a workspace for a new team', {
          teamId,
          workspaceId: workspace.id,
        });
      } catch (error) {
        if (!isMixPilotError(error) || error.code !== 'conflict') throw error;
        workspace = await store.workspaces.findBySlackTeam(teamId);
        if (!workspace) throw error;
      }
    }
    teams.set(teamId, workspace.id);
    return workspace.id;
  }

  return {
    agent: options.agent,
    workspaceForTeam,
    async threadFor(key) {
      const workspaceId = await workspaceForTeam(key.teamId);
      const thread = await store.threads.ensureExternal(workspaceId, {
        surface: 'slack',
        externalRef: externalRef(key),
      });
      return thread.id;
    },
    async saveThread(key, threadId) {
      const workspaceId = await workspaceForTeam(key.teamId);
      try {
        await store.threads.ensureExternal(workspaceId, {
          id: threadId,
          surface: 'slack',
          externalRef: externalRef(key),
        });
      } catch (error) {
        if (!isMixPilotError(error) || error.code !== 'conflict') throw error;
        logger.warn('slack: thread already linked to another conversation', { threadId });
      }
    },
    async saveFeedback(feedback) {
      await store.feedback.create(feedback.workspaceId, {
        threadId: feedback.threadId,
        helpful: feedback.helpful,
        ...(feedback.comment ? { comment: feedback.comment } : {}),
        source: 'slack',
      });
    },
    logger,
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  };
}
