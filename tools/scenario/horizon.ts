import type { Frequency } from '../data/dataset-types';
import { invalid } from '../errors';

/** A forecast horizon in the data's own periods. */
export interface Horizon {
  periods: number;
  /** 'week' | 'day' | 'month': the unit of one period. */
  unit: 'week' | 'day' | 'month';
}

const QUARTER: Record<Frequency, number> = { weekly: 13, daily: 91, monthly: 3 };
const UNIT: Record<Frequency, Horizon['unit']> = { weekly: 'week', daily: 'day', monthly: 'month' };

/** The horizon asked for, or a quarter in the data's unit (13 weeks, 91 days, 3 months). */
export function resolveHorizon(frequency: Frequency, periods?: number): Horizon {
  if (periods !== undefined && !(Number.isInteger(periods) && periods > 0)) {
    throw invalid('horizon', `must be a whole number of periods above zero, got ${periods}`);
  }
  return { periods: periods ?? QUARTER[frequency], unit: UNIT[frequency] };
}

/** "13 weeks", "1 month". */
export function describeHorizon(h: Horizon): string {
  return `${h.periods} ${h.unit}${h.periods === 1 ? '' : 's'}`;
}
