import { type ComposeContext, interval80 } from './composed';
import { signedKpi } from './format';

/** The 80% range of a predicted KPI change, if the tool gave one. */
export interface ChangeRange {
  low: number;
  high: number;
  /** ` (80% range +$1.2M to +$2.3M)`, to follow the change it qualifies. */
  text: string;
  /** Whether the range holds no change at all: the model cannot tell the sign. */
  spansZero: boolean;
}

/** Reads a what-if's or a plan's `delta.interval` into the words every answer uses for it. */
export function changeRange(interval: unknown, ctx: ComposeContext): ChangeRange | undefined {
  const range = interval80(interval);
  if (!range) return undefined;
  return {
    ...range,
    text: ` (80% range ${signedKpi(range.low, ctx.kpiType)} to ${signedKpi(range.high, ctx.kpiType)})`,
    spansZero: range.low < 0 && range.high > 0,
  };
}
