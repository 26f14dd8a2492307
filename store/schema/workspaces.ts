import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Free-form workspace settings; the known keys are typed, anything else is kept as is. */
export interface WorkspaceSettings {
  /** Named channel groups, e.g. { social: ['facebook_spend', 'tiktok_spend'] }. */
  channelGroups?: Record<string, string[]>;
  /** Display labels per channel column, e.g. { tv_spend: 'TV' }. */
  channelLabels?: Record<string, string>;
  /** Default seed of fits in this workspace. */
  seed?: number;
  /** Default forecast horizon in periods of the data. */
  horizon?: number;
  [key: string]: unknown;
}

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A tenant. Every other row belongs to exactly one workspace. */
export const workspaces = pgTable(
  'workspaces',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    slackTeamId: text('slack_team_id'),
    settings: jsonb('settings').$type<WorkspaceSettings>().notNull().default({}),
    activeDatasetId: text('active_dataset_id'),
    activeModelId: text('active_model_id'),
    approvedPlanId: text('approved_plan_id'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('workspaces_slack_team_uq')
      .on(t.slackTeamId)
      .where(sql`${t.slackTeamId} is not null`),
  ],
);

/** Workspace API keys: only the SHA-256 of the key and a short prefix for lookup are stored. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    prefix: text('prefix').notNull(),
    hash: text('hash').notNull(),
    createdAt: created(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_keys_hash_uq').on(t.hash),
    index('api_keys_prefix_idx').on(t.prefix),
    index('api_keys_workspace_idx').on(t.workspaceId),
  ],
);

export { created, updated };
