import type { ComposeContext } from './composed';
import { ratio } from './format';
import { ratioRange } from './ratio-range';

/** One lift test as fit_model reports it: what it measured, and the model over the same periods. */
export interface LiftTestView {
  channels: string[];
  roi: number;
  sd: number;
  from: string;
  to: string;
  model?: { roi: number; interval?: unknown };
}

/** What fit_model says about the lift tests the model is calibrated to. */
export interface CalibrationView {
  liftTests: number;
  tests: LiftTestView[];
}

/** `TV`, or `Facebook + Instagram` for a test that measured several channels together. */
const testLabel = (t: LiftTestView, ctx: ComposeContext) => t.channels.map(ctx.label).join(' + ');

/** `, calibrated to 2 lift tests (TV, Facebook + Instagram)`, or nothing for an uncalibrated model. */
export function calibrationNote(
  calibration: CalibrationView | undefined,
  ctx: ComposeContext,
): string {
  if (!calibration || calibration.liftTests <= 0) return '';
  const n = calibration.liftTests;
  const tested = [...new Set(calibration.tests.map((t) => testLabel(t, ctx)))];
  return `, calibrated to ${n} lift test${n === 1 ? '' : 's'} (${tested.join(', ')})`;
}

/**
 * One bullet per lift test: what the test measured next to the calibrated model's ROI of the
 * same channels over the same periods, with its 80% range.
 */
export function calibrationBullets(
  calibration: CalibrationView | undefined,
  ctx: ComposeContext,
): string[] {
  if (!calibration) return [];
  return calibration.tests.map((t) => {
    const measured = `${testLabel(t, ctx)}: the lift test measured ROI ${ratio(t.roi)} ± ${ratio(t.sd)} (${t.from} to ${t.to})`;
    if (!t.model) return measured;
    return `${measured}; the calibrated model gives ${ratio(t.model.roi)}${ratioRange(t.model.interval)} over the same ${ctx.unit}`;
  });
}
