import { type ComposeContext, interval80 } from './composed';
import { ratio } from './format';

/** What fit_model says about the lift tests the model is calibrated to. */
export interface CalibrationView {
  liftTests: number;
  tests: { channel: string; roi: number; sd: number; from?: string; to?: string }[];
}

/** A fitted channel as fit_model reports it (the `fit --json` summary). */
export interface FittedChannelView {
  name: string;
  roi: number;
  interval?: { roi?: unknown };
}

/** `, calibrated to 2 lift tests (TV, Search)`, or nothing for an uncalibrated model. */
export function calibrationNote(
  calibration: CalibrationView | undefined,
  ctx: ComposeContext,
): string {
  if (!calibration || calibration.liftTests <= 0) return '';
  const n = calibration.liftTests;
  const channels = [...new Set(calibration.tests.map((t) => ctx.label(t.channel)))];
  return `, calibrated to ${n} lift test${n === 1 ? '' : 's'} (${channels.join(', ')})`;
}

/**
 * One bullet per lift test: what the test measured next to the calibrated model's ROI over all
 * the data (which differs from the test window's when spend there was higher or lower).
 */
export function calibrationBullets(
  calibration: CalibrationView | undefined,
  channels: FittedChannelView[],
  ctx: ComposeContext,
): string[] {
  if (!calibration) return [];
  return calibration.tests.map((t) => {
    const window = t.from || t.to ? ` (${t.from ?? 'start'} to ${t.to ?? 'end'})` : '';
    const measured = `${ctx.label(t.channel)}: the lift test measured ROI ${ratio(t.roi)} ± ${ratio(t.sd)}${window}`;
    const fitted = channels.find((c) => c.name === t.channel);
    if (!fitted) return measured;
    const range = interval80(fitted.interval?.roi);
    const within = range ? ` (80% range ${ratio(range.low)} to ${ratio(range.high)})` : '';
    return `${measured}; the calibrated model's ROI over all the data is ${ratio(fitted.roi)}${within}`;
  });
}
