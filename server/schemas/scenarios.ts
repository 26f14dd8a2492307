import { z } from 'zod';
import { flightingSchema, scenarioChangeSchema } from '../../tools';
import { allocationSchema, horizonSchema, looseObject } from './common';

const scenarioName = z.string().trim().min(1).max(200).describe('A name for the scenario.');

export const scenarioBodySchema = z.union([
  z
    .object({
      name: scenarioName,
      changes: z
        .array(scenarioChangeSchema)
        .describe(
          'Changes applied in order to the reference plan (the what_if tool’s changes); [] when only `flighting` changes.',
        ),
      horizon: horizonSchema.optional(),
      flighting: flightingSchema.optional(),
    })
    .strict(),
  z
    .object({
      name: scenarioName,
      allocation: allocationSchema,
      horizon: horizonSchema.optional(),
      flighting: flightingSchema.optional(),
    })
    .strict(),
]);

export const scenarioPredictBodySchema = z
  .object({
    allocation: allocationSchema
      .optional()
      .describe('Spend per channel overriding the stored plan’s; the stored plan when omitted.'),
  })
  .strict();

export const predictBodySchema = z
  .object({
    allocation: allocationSchema,
    horizon: horizonSchema.optional(),
    flighting: flightingSchema.optional(),
  })
  .strict();

export const whatIfResultSchema = looseObject(
  'The what_if result: { horizon: { periods, unit }, reference: { spend, kpi }, scenario: { spend, kpi }, delta: { kpi, kpiPct, spend, interval, roi, channels }, flighting: { channel: { layout, perPeriod, on, burst, recent, recentOn } } for channels spread evenly or run in bursts, changes, warnings, assumptions }.',
);

export const scenarioSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  approval: z.string(),
  modelId: z.string(),
  args: z.looseObject({}),
  result: whatIfResultSchema,
  createdAt: z.string(),
});

export const scenarioListSchema = z.object({
  scenarios: z.array(scenarioSchema.omit({ args: true, result: true })),
});
