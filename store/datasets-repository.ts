import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Dataset, DatasetSchema, Frequency, ValidationReport } from '../tools';
import type { RepoContext } from './context';
import {
  conflict,
  FOREIGN_KEY_VIOLATION,
  isViolation,
  notFound,
  requireText,
  UNIQUE_VIOLATION,
} from './db-errors';
import { releasePointers } from './release-pointers';
import { datasets, models, scenarios, workspaces } from './schema';

/** What lists show: no data, just enough to pick a dataset. */
export interface DatasetSummary {
  id: string;
  workspaceId: string;
  name: string;
  periods: number;
  start: string;
  end: string;
  channels: string[];
  kpi: string;
  frequency: Frequency;
  createdAt: Date;
}

/** A stored dataset with its detected schema, validation report and the data itself. */
export interface DatasetRecord extends DatasetSummary {
  schema: DatasetSchema;
  report: ValidationReport;
  data: Dataset;
}

export interface NewDataset {
  name: string;
  data: Dataset;
  report: ValidationReport;
  /** Make it the workspace's active dataset in the same transaction. */
  activate?: boolean;
}

export interface DatasetsRepository {
  /** Stores data, schema and report in one transaction; conflict when the name is taken. */
  create(workspaceId: string, input: NewDataset): Promise<DatasetRecord>;
  list(workspaceId: string): Promise<DatasetSummary[]>;
  get(workspaceId: string, id: string): Promise<DatasetRecord>;
  findByName(workspaceId: string, name: string): Promise<DatasetRecord | undefined>;
  /** Deletes the dataset with its models and their scenarios in one transaction. */
  delete(workspaceId: string, id: string): Promise<void>;
}

type Row = typeof datasets.$inferSelect;

function summaryOf(row: Pick<Row, 'id' | 'workspaceId' | 'name' | 'report' | 'createdAt'>) {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    periods: row.report.periods,
    start: row.report.start,
    end: row.report.end,
    channels: row.report.schema.channels,
    kpi: row.report.schema.kpi,
    frequency: row.report.schema.frequency,
    createdAt: row.createdAt,
  } satisfies DatasetSummary;
}

const recordOf = (row: Row): DatasetRecord => ({
  ...summaryOf(row),
  schema: row.schema,
  report: row.report,
  data: row.data,
});

export function datasetsRepository(ctx: RepoContext): DatasetsRepository {
  const { orm } = ctx;
  return {
    async create(workspaceId, input) {
      const name = requireText('name', input.name);
      const now = ctx.now();
      try {
        return await orm.transaction(async (tx) => {
          const [row] = await tx
            .insert(datasets)
            .values({
              id: ctx.newId('ds'),
              workspaceId,
              name,
              schema: input.data.schema,
              report: input.report,
              data: input.data,
              createdAt: now,
            })
            .returning();
          const record = recordOf(row as Row);
          if (input.activate) {
            await tx
              .update(workspaces)
              .set({ activeDatasetId: record.id, activeModelId: null, updatedAt: now })
              .where(eq(workspaces.id, workspaceId));
          }
          return record;
        });
      } catch (error) {
        if (isViolation(error, UNIQUE_VIOLATION, 'datasets_workspace_name_uq')) {
          throw conflict('name', `a dataset named '${name}' already exists in this workspace`);
        }
        if (isViolation(error, FOREIGN_KEY_VIOLATION)) throw notFound('workspace', workspaceId);
        throw error;
      }
    },
    async list(workspaceId) {
      const rows = await orm
        .select({
          id: datasets.id,
          workspaceId: datasets.workspaceId,
          name: datasets.name,
          report: datasets.report,
          createdAt: datasets.createdAt,
        })
        .from(datasets)
        .where(eq(datasets.workspaceId, workspaceId))
        .orderBy(desc(datasets.createdAt), datasets.name);
      return rows.map(summaryOf);
    },
    async get(workspaceId, id) {
      const [row] = await orm
        .select()
        .from(datasets)
        .where(and(eq(datasets.workspaceId, workspaceId), eq(datasets.id, id)));
      if (!row) throw notFound('dataset', id);
      return recordOf(row);
    },
    async findByName(workspaceId, name) {
      const [row] = await orm
        .select()
        .from(datasets)
        .where(and(eq(datasets.workspaceId, workspaceId), eq(datasets.name, name.trim())));
      return row ? recordOf(row) : undefined;
    },
    async delete(workspaceId, id) {
      await orm.transaction(async (tx) => {
        const mine = and(eq(models.workspaceId, workspaceId), eq(models.datasetId, id));
        const modelIds = (await tx.select({ id: models.id }).from(models).where(mine)).map(
          (m) => m.id,
        );
        const scenarioIds =
          modelIds.length === 0
            ? []
            : (
                await tx
                  .delete(scenarios)
                  .where(
                    and(
                      eq(scenarios.workspaceId, workspaceId),
                      inArray(scenarios.modelId, modelIds),
                    ),
                  )
                  .returning({ id: scenarios.id })
              ).map((s) => s.id);
        await tx.delete(models).where(mine);
        const gone = await tx
          .delete(datasets)
          .where(and(eq(datasets.workspaceId, workspaceId), eq(datasets.id, id)))
          .returning({ id: datasets.id });
        if (gone.length === 0) throw notFound('dataset', id);
        await releasePointers(
          tx,
          workspaceId,
          { datasetIds: [id], modelIds, scenarioIds },
          ctx.now(),
        );
      });
    },
  };
}
