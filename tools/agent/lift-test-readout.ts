import type { LiftTestInput } from '../fit/lift-tests';
import { testedChannels } from '../fit/lift-tests';
import type { FittedModel, Interval } from '../model/model-types';
import { drawIntervals, periodRows } from './contributions';

/** A lift test next to what the calibrated model says over the same periods. */
export interface LiftTestReadout {
  /** The tested channels (one, or several measured together). */
  channels: string[];
  roi: number;
  sd: number;
  from: string;
  to: string;
  /** The model's joint ROI of those channels over the test's periods, with 80% and 95% ranges. */
  model: { roi: number; interval: Interval[] };
}

/**
 * What a lift test measured beside the model's ROI of the same channels over the same periods:
 * the comparison a reader can check (a test over a heavy-spend quarter is not comparable with
 * the model's ROI over three years of data).
 */
export function liftTestReadout(model: FittedModel, test: LiftTestInput): LiftTestReadout {
  const channels = testedChannels(test);
  const from = test.from ?? (model.dates[0] as string);
  const to = test.to ?? (model.dates[model.dates.length - 1] as string);
  const rows = periodRows(model.dates, { start: from, end: to });
  let spend = 0;
  let contribution = 0;
  for (const name of channels) {
    const history = model.spendHistory[name] ?? [];
    for (const i of rows) {
      spend += history[i] ?? 0;
      contribution += model.decomposition[i]?.channels[name] ?? 0;
    }
  }
  const intervals = drawIntervals(model, channels, rows, spend, contribution);
  return {
    channels,
    roi: test.roi,
    sd: test.sd,
    from,
    to,
    model: { roi: spend > 0 ? contribution / spend : 0, interval: intervals.roi },
  };
}
