import { z } from 'zod';
import { MAX_AMOUNT } from '../../tools';

/** The one error body of the API. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z
      .string()
      .describe('A MixPilot error code, e.g. invalid_input, not_found, rate_limited.'),
    message: z.string().describe('One readable line.'),
    issues: z
      .array(
        z.object({
          field: z.string(),
          reason: z.string(),
          row: z
            .number()
            .int()
            .optional()
            .describe('1-based CSV data row (the header is not counted), for data problems.'),
          line: z
            .number()
            .int()
            .optional()
            .describe('1-based line of the file on which that row starts, as an editor shows it.'),
        }),
      )
      .describe('One entry per bad field, row or column.'),
    requestId: z.string().optional(),
  }),
});

/** An id in a path. */
export const idParams = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only'),
});

/** A thread id chosen by the client or returned by an earlier turn. */
export const threadIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only');

/** Spend per channel over the horizon; channels may be named as people write them. */
export const allocationSchema = z
  .record(
    z.string().min(1),
    z.number().finite().nonnegative().max(MAX_AMOUNT, 'at most 1e12 (a trillion) per channel'),
  )
  .describe(
    'Spend per channel over the whole horizon, e.g. {"tv_spend": 400000}. Channels left out keep their reference spend.',
  );

/** Forecast horizon in the data's periods. */
export const horizonSchema = z
  .number()
  .int()
  .positive()
  .max(520)
  .describe('Horizon in periods of the data (weeks for weekly data); default a quarter.');

/** Column roles a caller may force instead of auto-detection (SchemaOverrides). */
export const overridesSchema = z
  .object({
    date: z.string().optional(),
    kpi: z.string().optional(),
    kpiType: z.enum(['revenue', 'conversions']).optional(),
    channels: z.array(z.string()).optional(),
    controls: z.array(z.string()).optional(),
    events: z.array(z.string()).optional(),
    frequency: z.enum(['daily', 'weekly', 'monthly']).optional(),
    groups: z.record(z.string(), z.array(z.string())).optional(),
    dateFormat: z.enum(['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY']).optional(),
  })
  .strict()
  .describe('Column roles to force instead of auto-detection.');

/** A JSON object whose fields are documented elsewhere (tool results). */
export const looseObject = (description: string) => z.looseObject({}).describe(description);
