import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import type { Dataset, DatasetSchema, FittedModel, ValidationReport } from '../../tools';
import { created, updated, workspaces } from './workspaces';

/** An uploaded, validated dataset; `data` is the column-oriented Dataset of tools/. */
export const datasets = pgTable(
  'datasets',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    schema: jsonb('schema').$type<DatasetSchema>().notNull(),
    report: jsonb('report').$type<ValidationReport>().notNull(),
    data: jsonb('data').$type<Dataset>().notNull(),
    createdAt: created(),
  },
  (t) => [
    unique('datasets_workspace_name_uq').on(t.workspaceId, t.name),
    unique('datasets_workspace_id_uq').on(t.workspaceId, t.id),
  ],
);

export type ModelStatus = 'queued' | 'running' | 'ready' | 'failed';

/** A model fit of one dataset: queued, running, then ready with the FittedModel or failed. */
export const models = pgTable(
  'models',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    datasetId: text('dataset_id').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    status: text('status').$type<ModelStatus>().notNull().default('queued'),
    model: jsonb('model').$type<FittedModel>(),
    error: text('error'),
    createdAt: created(),
    updatedAt: updated(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({
      name: 'models_dataset_fk',
      columns: [t.workspaceId, t.datasetId],
      foreignColumns: [datasets.workspaceId, datasets.id],
    }).onDelete('cascade'),
    unique('models_workspace_id_uq').on(t.workspaceId, t.id),
    index('models_dataset_idx').on(t.workspaceId, t.datasetId),
    check('models_status_ck', sql`${t.status} in ('queued', 'running', 'ready', 'failed')`),
  ],
);

export type ScenarioKind = 'whatif' | 'optimize';
export type ApprovalState = 'draft' | 'pending' | 'approved' | 'rejected';

/** A what-if or optimizer run on a model, with its result and approval state. */
export const scenarios = pgTable(
  'scenarios',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    modelId: text('model_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').$type<ScenarioKind>().notNull(),
    args: jsonb('args').$type<Record<string, unknown>>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    approval: text('approval').$type<ApprovalState>().notNull().default('draft'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    foreignKey({
      name: 'scenarios_model_fk',
      columns: [t.workspaceId, t.modelId],
      foreignColumns: [models.workspaceId, models.id],
    }).onDelete('cascade'),
    index('scenarios_model_idx').on(t.workspaceId, t.modelId),
    check('scenarios_kind_ck', sql`${t.kind} in ('whatif', 'optimize')`),
    check(
      'scenarios_approval_ck',
      sql`${t.approval} in ('draft', 'pending', 'approved', 'rejected')`,
    ),
  ],
);
