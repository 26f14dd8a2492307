import type { ComposeContext } from './composed';
import { andList, percent, ratio } from './format';
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

/** One channel's share and ROI before and after a refit, as fit_model reports it. */
export interface RefitShiftView {
  name: string;
  share: { before: number; after: number };
  roi: { before: number; after: number };
}

/** A share that moves by this much (of the KPI), or an ROI by this fraction, is worth saying. */
const SHARE_MOVE = 0.005;
const ROI_MOVE = 0.1;

/**
 * "Against the model before the refit: TV's share of revenue went from 11.6% to 8.9% (ROI 2.5 to
 * 1.93) and Search's from 6.4% to 7.1% (ROI 3.26 to 3.61); the others barely moved." Credit
 * point." Credit a lift test takes from one channel goes to the others and the baseline.
 */
export function shiftBullets(shifts: RefitShiftView[] | undefined, ctx: ComposeContext): string[] {
  if (!shifts || shifts.length === 0) return [];
  const moved = shifts.filter(
    (s) =>
      Math.abs(s.share.after - s.share.before) >= SHARE_MOVE ||
      Math.abs(s.roi.after - s.roi.before) >= ROI_MOVE * Math.abs(s.roi.before),
  );
  if (moved.length === 0)
    return [
      `Against the model before the refit, no channel's share of ${ctx.kpi} moved by half a point or more, nor its ROI by a tenth.`,
    ];
  const parts = moved.map(
    (s, i) =>
      `${ctx.label(s.name)}'s ${i === 0 ? `share of ${ctx.kpi} went ` : ''}from ${percent(s.share.before)} to ${percent(s.share.after)} (ROI ${ratio(s.roi.before)} to ${ratio(s.roi.after)})`,
  );
  const rest = moved.length < shifts.length ? '; the others barely moved' : '';
  return [`Against the model before the refit: ${andList(parts)}${rest}.`];
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
