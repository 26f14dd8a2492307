import { z } from 'zod';
import { liftTestArgSchema } from '../../tools';
import { looseObject } from './common';

/** One lift test the fit is calibrated to: the chat tool's, with the channel as its column. */
const column = z.string().min(1).max(128);

export const liftTestSchema = liftTestArgSchema.extend({
  channel: z
    .union([column, z.array(column).min(1).max(20)])
    .describe(
      'The tested channel as its spend column (e.g. `tv_spend`), or the columns one test measured together (`["facebook_spend", "instagram_spend"]`): then `roi` is their joint ROI.',
    ),
});

export const fitBodySchema = z
  .object({
    datasetId: z.string().min(1).max(128).describe('A dataset of the workspace.'),
    seed: z.number().int().nonnegative().optional().describe('Seed of the parameter search.'),
    calibration: z
      .array(liftTestSchema)
      .max(50)
      .optional()
      .describe(
        "Lift tests (geo holdouts, conversion-lift studies) to calibrate to: each becomes a prior on its channel's ROI over the test's dates, as firm as its standard error. Kept in the model's settings and reused when the model is refitted.",
      ),
  })
  .strict();

export const modelSchema = looseObject(
  "The model: id, datasetId, status (queued, running, ready, failed), active (whether it is the workspace's active model), settings (seed, calibration…), createdAt, and once ready the `mixpilot fit --json` summary (kpi, periods, frequency, channels, baseline, metrics, warnings).",
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
