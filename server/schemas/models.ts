import { z } from 'zod';
import { looseObject } from './common';

export const fitBodySchema = z.object({
  datasetId: z.string().min(1).max(128).describe('A dataset of the workspace.'),
  seed: z.number().int().nonnegative().optional().describe('Seed of the parameter search.'),
});

export const modelSchema = looseObject(
  'The model: id, datasetId, status, createdAt, and once ready the `mixpilot fit --json` summary (kpi, periods, frequency, channels, baseline, metrics, warnings).',
);

export const modelListSchema = z.object({
  models: z.array(
    z.object({
      id: z.string(),
      datasetId: z.string(),
      status: z.string(),
      createdAt: z.string(),
      active: z.boolean(),
    }),
  ),
});

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  activeDatasetId: z.string().nullable(),
  activeModelId: z.string().nullable(),
  channels: z.array(
    z.object({ name: z.string(), label: z.string(), group: z.string().optional() }),
  ),
  frequency: z.string(),
  kpi: z.string(),
  horizon: z.object({ periods: z.number().int(), unit: z.string() }),
  reference: z
    .record(z.string(), z.number())
    .describe('Reference (run-rate) spend per channel over the horizon.'),
});

export const workspaceQuerySchema = z.object({
  horizon: z.coerce
    .number()
    .int()
    .positive()
    .max(520)
    .optional()
    .describe('Horizon in periods; default a quarter.'),
});
