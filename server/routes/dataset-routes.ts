import type { Hono } from 'hono';
import type { Store } from '../../store';
import { parseDataset } from '../../tools';
import type { AppDeps, AppEnv } from '../app-types';
import type { ActiveModels } from '../http/active-models';
import type { RouteRegistry } from '../openapi/route-spec';
import { idParams } from '../schemas/common';
import {
  datasetCreatedSchema,
  datasetCsvBodySchema,
  datasetJsonBodySchema,
  datasetListSchema,
  datasetMultipartSchema,
  datasetQuerySchema,
  datasetSchema,
} from '../schemas/datasets';
import { readUpload } from './dataset-upload';

async function freeName(store: Store, workspaceId: string, name: string): Promise<string> {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    if (!(await store.datasets.findByName(workspaceId, candidate))) return candidate;
  }
  return `${stem} (${Date.now()})${ext}`;
}

/** Datasets: upload (multipart, CSV or JSON), list, read, delete. */
export function datasetRoutes(
  app: Hono<AppEnv>,
  registry: RouteRegistry,
  deps: AppDeps,
  models: ActiveModels,
): void {
  const { store } = deps;

  registry.add(
    app,
    {
      method: 'post',
      path: '/api/datasets',
      tag: 'Data',
      summary: 'Upload a dataset',
      description:
        'A CSV as multipart `file`, a `text/csv` body, or JSON `{ name, csv }` / `{ name, rows }`. Validated on arrival: bad data is a 422 whose issues name the row and column. By default the dataset becomes the active one and the next question fits a model on it.',
      query: datasetQuerySchema,
      body: datasetJsonBodySchema,
      otherBodies: {
        'multipart/form-data': datasetMultipartSchema,
        'text/csv': datasetCsvBodySchema,
      },
      responses: {
        201: { description: 'Stored, with the validation report', schema: datasetCreatedSchema },
      },
      errors: [400, 409, 413, 422],
    },
    async (c, { body, query }) => {
      const workspaceId = c.get('workspaceId');
      const upload = await readUpload(c, body, query);
      const { dataset, report } = parseDataset(upload.csv, upload.overrides, {
        lineNumbers: upload.lineNumbers,
      });
      const name = upload.name.explicit
        ? upload.name.value
        : await freeName(store, workspaceId, upload.name.value);
      const record = await store.datasets.create(workspaceId, {
        name,
        data: dataset,
        report,
        activate: upload.activate,
      });
      if (upload.activate) models.invalidate(workspaceId);
      return c.json({ id: record.id, name: record.name, report }, 201);
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/datasets',
      tag: 'Data',
      summary: 'List datasets',
      responses: { 200: { description: 'Newest first', schema: datasetListSchema } },
    },
    async (c) => {
      const workspaceId = c.get('workspaceId');
      const [list, workspace] = await Promise.all([
        store.datasets.list(workspaceId),
        store.workspaces.get(workspaceId),
      ]);
      return c.json({
        datasets: list.map(({ workspaceId: _w, createdAt, ...d }) => ({
          ...d,
          createdAt: createdAt.toISOString(),
          active: d.id === workspace.activeDatasetId,
        })),
      });
    },
  );

  registry.add(
    app,
    {
      method: 'get',
      path: '/api/datasets/:id',
      tag: 'Data',
      summary: 'A dataset with its validation report',
      params: idParams,
      responses: { 200: { description: 'The dataset (without its rows)', schema: datasetSchema } },
      errors: [400, 404],
    },
    async (c, { params }) => {
      const workspaceId = c.get('workspaceId');
      const [d, workspace] = await Promise.all([
        store.datasets.get(workspaceId, params.id),
        store.workspaces.get(workspaceId),
      ]);
      return c.json({
        id: d.id,
        name: d.name,
        periods: d.periods,
        start: d.start,
        end: d.end,
        channels: d.channels,
        kpi: d.kpi,
        frequency: d.frequency,
        createdAt: d.createdAt.toISOString(),
        active: d.id === workspace.activeDatasetId,
        report: d.report,
      });
    },
  );

  registry.add(
    app,
    {
      method: 'delete',
      path: '/api/datasets/:id',
      tag: 'Data',
      summary: 'Delete a dataset and everything derived from it',
      description: 'Removes the dataset with its models and their scenarios in one transaction.',
      params: idParams,
      responses: { 204: { description: 'Deleted' } },
      errors: [400, 404],
    },
    async (c, { params }) => {
      const workspaceId = c.get('workspaceId');
      await store.datasets.delete(workspaceId, params.id);
      models.invalidate(workspaceId);
      return c.body(null, 204);
    },
  );
}
