import { z } from 'zod';
import { looseObject, overridesSchema } from './common';

const datasetName = z.string().trim().min(1).max(200).describe('A name unique in the workspace.');
const activate = z
  .boolean()
  .optional()
  .describe('Make it the workspace’s active dataset (default true); the next question fits it.');
const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const datasetJsonBodySchema = z.union([
  z.object({
    name: datasetName,
    csv: z
      .string()
      .min(1)
      .describe('The CSV text: one row per period, a date column, KPI and spend columns.'),
    overrides: overridesSchema.optional(),
    activate,
  }),
  z.object({
    name: datasetName,
    rows: z
      .array(z.record(z.string(), cell))
      .min(1)
      .describe(
        'One object per period, e.g. {"date": "2024-01-01", "revenue": 1000, "tv_spend": 50}.',
      ),
    overrides: overridesSchema.optional(),
    activate,
  }),
]);

export const datasetMultipartSchema = z.object({
  file: z.string().describe('The CSV file.').meta({ format: 'binary' }),
  name: z.string().optional().describe('Default: the file name.'),
  overrides: z.string().optional().describe('SchemaOverrides as JSON text.'),
  activate: z.enum(['true', 'false']).optional(),
});

export const datasetCsvBodySchema = z.string().describe('The CSV text; name it with ?name=.');

export const datasetQuerySchema = z.object({
  name: z.string().trim().min(1).max(200).optional().describe('Name for a text/csv upload.'),
  activate: z.enum(['true', 'false']).optional(),
});

const summaryFields = {
  id: z.string(),
  name: z.string(),
  periods: z.number().int(),
  start: z.string(),
  end: z.string(),
  channels: z.array(z.string()),
  kpi: z.string(),
  frequency: z.string(),
  createdAt: z.string(),
  active: z.boolean(),
};

export const datasetListSchema = z.object({ datasets: z.array(z.object(summaryFields)) });
export const datasetSchema = z.object({
  ...summaryFields,
  report: looseObject(
    'The validation report: detected schema, periods, ignored columns, warnings.',
  ),
});
export const datasetCreatedSchema = z.object({
  id: z.string(),
  name: z.string(),
  report: looseObject(
    'The validation report: detected schema, periods, ignored columns, warnings.',
  ),
});
