import type { Dataset } from '../data/dataset-types';
import { invalid } from '../errors';

/**
 * A lift test (geo holdout, conversion-lift study, on/off test) the fit is calibrated to: the
 * channel's incremental KPI per unit of spend that the experiment measured, with its standard
 * error, over the test's periods (default the whole data window).
 */
export interface LiftTestInput {
  /** The tested channel, or the channels one test measured together (a study of a whole platform). */
  channel: string | string[];
  /** Measured incremental KPI per unit of spend (incremental ROAS for revenue). */
  roi: number;
  /** Standard error of `roi` (half the width of a 68% interval). */
  sd: number;
  /** First and last date of the test (ISO), inclusive; default the whole window. */
  from?: string;
  to?: string;
}

/** The channels a lift test measured, as a list. */
export function testedChannels(test: Pick<LiftTestInput, 'channel'>): string[] {
  return typeof test.channel === 'string' ? [test.channel] : test.channel;
}

/** A lift test resolved against a dataset: channel indexes, period window and spend in it. */
export interface LiftTest {
  /** The tested channels (one, or several measured together: their joint ROI is calibrated). */
  channels: number[];
  /** First period of the window and the one after its last. */
  start: number;
  end: number;
  /** The tested channels' spend over the window. */
  spend: number;
  roi: number;
  sd: number;
}

/**
 * Lift tests as a Gaussian prior on each test's ROI over its window (the joint ROI of its
 * channels), weighed against the data by the residual variance σ² of a preliminary fit: the
 * tested ROI a·b, linear in the channels' coefficients b, is pulled toward the measured ROI with
 * weight σ²/sd².
 */
export interface Calibration {
  sigma2: number;
  tests: LiftTest[];
}

/** Checks lift tests against a dataset; errors name `calibration[i].field` and the reason. */
export function resolveLiftTests(dataset: Dataset, inputs: LiftTestInput[]): LiftTest[] {
  const names = dataset.schema.channels;
  const { dates } = dataset;
  return inputs.map((t, i) => {
    const field = (f: string) => `calibration[${i}].${f}`;
    const tested = testedChannels(t);
    if (tested.length === 0) throw invalid(field('channel'), 'names no channel');
    const channels = tested.map((name) => {
      const at = names.indexOf(name);
      if (at < 0)
        throw invalid(field('channel'), `unknown channel '${name}'; channels: ${names.join(', ')}`);
      return at;
    });
    const twice = tested.find((name, k) => tested.indexOf(name) !== k);
    if (twice) throw invalid(field('channel'), `names ${twice} twice`);
    if (!(Number.isFinite(t.roi) && t.roi >= 0))
      throw invalid(field('roi'), 'must be a number of at least 0 (KPI per unit of spend)');
    if (!(Number.isFinite(t.sd) && t.sd > 0))
      throw invalid(field('sd'), 'must be a number above 0 (the test’s standard error)');
    const first = dates[0] as string;
    const last = dates[dates.length - 1] as string;
    const from = t.from ?? first;
    const to = t.to ?? last;
    for (const [f, v] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
        throw invalid(field(f), `'${v}' is not a YYYY-MM-DD date`);
    }
    if (from > to) throw invalid(field('from'), `${from} is after ${to}`);
    const start = dates.findIndex((d) => d >= from);
    const after = dates.findIndex((d) => d > to);
    const end = after < 0 ? dates.length : after;
    if (start < 0 || end <= start)
      throw invalid(
        field('from'),
        `the test (${from} to ${to}) has no period in the data (${first} to ${last})`,
      );
    const spend = tested
      .flatMap((name) => (dataset.spend[name] ?? []).slice(start, end))
      .reduce((a, b) => a + b, 0);
    if (!(spend > 0))
      throw invalid(field('channel'), `${tested.join(' + ')} has no spend from ${from} to ${to}`);
    return { channels, start, end, spend, roi: t.roi, sd: t.sd };
  });
}

const isLiftTest = (value: unknown): value is LiftTestInput => {
  if (!value || typeof value !== 'object') return false;
  const t = value as Record<string, unknown>;
  return (
    (typeof t.channel === 'string' ||
      (Array.isArray(t.channel) && t.channel.every((c) => typeof c === 'string'))) &&
    typeof t.roi === 'number' &&
    typeof t.sd === 'number' &&
    (t.from === undefined || typeof t.from === 'string') &&
    (t.to === undefined || typeof t.to === 'string')
  );
};

/**
 * The lift tests a model was fitted under, read from its settings (a FittedModel's or a stored
 * model record's, which come back from JSON); undefined when it was not calibrated or the value
 * is not a list of lift tests.
 */
export function calibrationOf(
  settings: Record<string, unknown> | null | undefined,
): LiftTestInput[] | undefined {
  const value = settings?.calibration;
  if (!Array.isArray(value) || value.length === 0 || !value.every(isLiftTest)) return undefined;
  return value.map((t) => ({
    channel: typeof t.channel === 'string' ? t.channel : [...t.channel],
    roi: t.roi,
    sd: t.sd,
    ...(t.from !== undefined ? { from: t.from } : {}),
    ...(t.to !== undefined ? { to: t.to } : {}),
  }));
}
