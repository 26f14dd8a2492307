/**
 * How many parameters a fit estimates, counted the way the fit builds its model, and the fewest
 * periods that can carry them. Rule: periods ≥ max(26, parameters + 10), so every parameter has a
 * period and at least ten remain for the residual and the time holdout. Fewer than four periods
 * per parameter is allowed with a warning (estimates then lean on the ridge penalty).
 */
import type { DatasetSchema, Frequency } from './dataset-types';
import { PERIODS_PER_YEAR } from './frequency';

/** Parameters per channel: beta plus three transform parameters (adstock, Hill alpha and gamma). */
export const PARAMETERS_PER_CHANNEL = 4;
/** Periods always required, whatever the model size. */
export const MIN_PERIODS_FLOOR = 26;
/** Periods required beyond one per parameter. */
export const SPARE_PERIODS = 10;

/** Yearly Fourier pairs the fit uses for a series of this length (as tools/fit builds them). */
export function fourierPairs(frequency: Frequency, periods: number): number {
  const perYear = PERIODS_PER_YEAR[frequency];
  if (periods < 0.75 * perYear) return 0;
  if (frequency === 'monthly') return periods >= 2 * perYear ? 2 : 1;
  return periods >= 2 * perYear ? 3 : 2;
}

/** The parameters of a fit, term by term. */
export function countParameters(
  schema: Pick<DatasetSchema, 'channels' | 'controls' | 'events' | 'frequency'>,
  periods: number,
): { total: number; channels: number; baseline: number; seasonality: number; weekday: number } {
  const channels = PARAMETERS_PER_CHANNEL * schema.channels.length;
  const seasonality = 2 * fourierPairs(schema.frequency, periods);
  const weekday = schema.frequency === 'daily' ? 6 : 0;
  const baseline = 2 + seasonality + weekday + schema.controls.length + schema.events.length;
  return { total: channels + baseline, channels, baseline, seasonality, weekday };
}

/** The fewest periods a dataset with this schema needs. */
export function minimumPeriods(
  schema: Pick<DatasetSchema, 'channels' | 'controls' | 'events' | 'frequency'>,
): number {
  for (let n = MIN_PERIODS_FLOOR; n < 100_000; n += 1) {
    if (n >= countParameters(schema, n).total + SPARE_PERIODS) return n;
  }
  return 100_000;
}
