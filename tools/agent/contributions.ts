import { runRatePeriods } from '../fit/channel-results';
import { channelContribution } from '../model/channel-response';
import type { BaselinePart, FittedModel, Interval } from '../model/model-types';
import { centralInterval } from '../stats/quantile';
import type { PeriodRange } from './period';

export interface ChannelContribution {
  name: string;
  spend: number;
  contribution: number;
  /** contribution / total KPI in the period (a fraction). */
  share: number;
  /** spend / spend of the channels listed (a fraction): the channel's part of the mix. */
  spendShare: number;
  /** contribution / media contribution of the channels listed (a fraction). */
  mediaShare: number;
  roi: number;
  /** Marginal ROI at the recent run-rate (from the fit; not period-specific, see `mroiWindow`). */
  mroi: number;
  /** 80% and 95% intervals: contribution and ROI over the period, next-dollar ROI as `mroi` (absent from results stored before it was kept). */
  interval: { contribution: Interval[]; roi: Interval[]; mroi?: Interval[] };
  /** Averages per period of the data over the period asked for. */
  perPeriod: { spend: number; contribution: number };
}

export interface ContributionsResult {
  period: PeriodRange & { periods: number };
  kpi: string;
  kpiType: 'revenue' | 'conversions';
  /**
   * Totals of the channels listed: `roi` is their blended ROI (media contribution / spend),
   * `share` their joint share of the KPI, `perPeriod` averages per period of the data,
   * `mediaInterval` 80% and 95% intervals on `media` from the posterior draws.
   */
  total: {
    kpi: number;
    spend: number;
    media: number;
    mediaInterval: Interval[];
    roi: number;
    share: number;
    perPeriod: { kpi: number; spend: number; media: number };
  };
  /** Marginal ROI is read at the average spend per period over the last `periods` of the data. */
  mroiWindow: { periods: number };
  baseline: { contribution: number; share: number; drivers: BaselineDriver[] };
  /**
   * What the model does not explain in the period (actual minus fitted KPI), so that baseline,
   * channels and this add up to the actual KPI.
   */
  unexplained: { contribution: number; share: number };
  sortBy: 'contribution' | 'roi' | 'mroi' | 'share' | 'spend';
  channels: ChannelContribution[];
  /** What the question was about, when the caller said (the answer leads with it). */
  focus?: 'channels' | 'baseline' | 'mix';
}

/**
 * One part of the baseline over the period: its total, and the smallest and largest effect it had
 * in a single period. A control's effect is against its own average level over the data, so its
 * total can be near zero while its swing is large (price above average in some weeks, below in
 * others). Totals and swings are point estimates; a control's or event's effect per unit has
 * 80% and 95% intervals from the posterior draws.
 */
export interface BaselineDriver {
  name: string;
  kind: BaselinePart['kind'];
  contribution: number;
  /** contribution / total KPI in the period (a fraction). */
  share: number;
  lowest: number;
  highest: number;
  /** Controls and events: KPI change per period per unit of the column (see `BaselinePart`). */
  perUnit?: { value: number; binary: boolean; interval?: Interval[] };
}

const LEVELS = [0.8, 0.95];

/** The baseline's parts over the periods `rows`, the largest swing first (intercept last). */
function baselineDrivers(model: FittedModel, rows: number[], kpiTotal: number): BaselineDriver[] {
  return (model.baselineParts ?? [])
    .map((part) => {
      const values = rows.map((i) => part.series[i] as number);
      const contribution = values.reduce((a, b) => a + b, 0);
      return {
        name: part.name,
        kind: part.kind,
        contribution,
        share: kpiTotal ? contribution / kpiTotal : 0,
        lowest: values.length > 0 ? Math.min(...values) : 0,
        highest: values.length > 0 ? Math.max(...values) : 0,
        ...(part.perUnit ? { perUnit: part.perUnit } : {}),
      };
    })
    .sort(
      (a, b) =>
        Number(a.kind === 'intercept') - Number(b.kind === 'intercept') ||
        b.highest - b.lowest - (a.highest - a.lowest) ||
        a.name.localeCompare(b.name),
    );
}

/** Each row's part of the listed channels' spend and of their media contribution. */
export function withMixShares<T extends { spend: number; contribution: number }>(
  rows: T[],
): (T & { spendShare: number; mediaShare: number })[] {
  const spend = rows.reduce((s, r) => s + r.spend, 0);
  const media = rows.reduce((s, r) => s + r.contribution, 0);
  return rows.map((r) => ({
    ...r,
    spendShare: spend > 0 ? r.spend / spend : 0,
    mediaShare: media > 0 ? r.contribution / media : 0,
  }));
}

/** Indexes of the periods whose dates fall in `range` (inclusive). */
export function periodRows(dates: string[], range: { start: string; end: string }): number[] {
  const rows: number[] = [];
  dates.forEach((d, i) => {
    if (d >= range.start && d <= range.end) rows.push(i);
  });
  return rows;
}

/**
 * Contribution, share and ROI of each channel over a date range, from the fitted decomposition.
 * Intervals come from the model's posterior draws evaluated on the same spend history.
 */
export function contributionsOverPeriod(
  model: FittedModel,
  range: PeriodRange,
  options: { channels?: string[]; sortBy?: ContributionsResult['sortBy'] } = {},
): ContributionsResult {
  const rows = periodRows(model.dates, range);
  const wanted = new Set(options.channels ?? model.channels.map((c) => c.name));
  const sum = (series: ArrayLike<number>) => rows.reduce((s, i) => s + (series[i] as number), 0);
  const kpiTotal = rows.reduce((s, i) => s + (model.decomposition[i]?.actual ?? 0), 0);
  const baseline = rows.reduce((s, i) => s + (model.decomposition[i]?.baseline ?? 0), 0);
  const fitted = rows.reduce((s, i) => s + (model.decomposition[i]?.fitted ?? 0), 0);
  const whole = rows.length === model.periods;

  const rowsOf = model.channels
    .filter((c) => wanted.has(c.name))
    .map((c): Omit<ChannelContribution, 'spendShare' | 'mediaShare'> => {
      const spend = sum(model.spendHistory[c.name] ?? []);
      const contribution = rows.reduce(
        (s, i) => s + (model.decomposition[i]?.channels[c.name] ?? 0),
        0,
      );
      const roi = spend > 0 ? contribution / spend : 0;
      const n = Math.max(1, rows.length);
      const interval = {
        ...(whole
          ? { contribution: c.interval.contribution, roi: c.interval.roi }
          : drawIntervals(model, [c.name], rows, spend, contribution)),
        mroi: c.interval.mroi ?? [],
      };
      return {
        name: c.name,
        spend,
        contribution,
        share: kpiTotal ? contribution / kpiTotal : 0,
        roi,
        mroi: c.mroi,
        interval,
        perPeriod: { spend: spend / n, contribution: contribution / n },
      };
    });
  const sortBy = options.sortBy ?? 'contribution';
  const channels = withMixShares(rowsOf).sort(
    (a, b) => b[sortBy] - a[sortBy] || a.name.localeCompare(b.name),
  );
  const spend = channels.reduce((s, c) => s + c.spend, 0);
  const media = channels.reduce((s, c) => s + c.contribution, 0);
  const joint = drawIntervals(
    model,
    channels.map((c) => c.name),
    rows,
    spend,
    media,
  );
  const n = Math.max(1, rows.length);
  return {
    period: { ...range, periods: rows.length },
    kpi: model.kpi,
    kpiType: model.kpiType,
    total: {
      kpi: kpiTotal,
      spend,
      media,
      mediaInterval: joint.contribution,
      roi: spend > 0 ? media / spend : 0,
      share: kpiTotal ? media / kpiTotal : 0,
      perPeriod: { kpi: kpiTotal / n, spend: spend / n, media: media / n },
    },
    mroiWindow: { periods: runRatePeriods(model.frequency, model.dates.length) },
    baseline: {
      contribution: baseline,
      share: kpiTotal ? baseline / kpiTotal : 0,
      drivers: baselineDrivers(model, rows, kpiTotal),
    },
    unexplained: {
      contribution: kpiTotal - fitted,
      share: kpiTotal ? (kpiTotal - fitted) / kpiTotal : 0,
    },
    sortBy,
    channels,
  };
}

/**
 * Intervals on the joint contribution and ROI of `channels` over the periods `rows`, from the
 * posterior draws, widened to contain the point estimate: the draws refit the channels, so their
 * centre can sit slightly off the reported decomposition.
 */
export function drawIntervals(
  model: FittedModel,
  channels: string[],
  rows: number[],
  spend: number,
  estimate: number,
): { contribution: Interval[]; roi: Interval[] } {
  const contributions = model.draws.flatMap((draw) => {
    let total = 0;
    for (const channel of channels) {
      const response = draw.channels.find((r) => r.name === channel);
      if (!response) return [];
      const series = channelContribution(response, model.spendHistory[channel] ?? []);
      total += rows.reduce((s, i) => s + (series[i] as number), 0);
    }
    return [total];
  });
  if (contributions.length === 0) return { contribution: [], roi: [] };
  const rois = contributions.map((c) => (spend > 0 ? c / spend : 0));
  const around = (values: number[], point: number) =>
    LEVELS.map((l) => {
      const i = centralInterval(values, l);
      return { level: l, low: Math.min(i.low, point), high: Math.max(i.high, point) };
    });
  return {
    contribution: around(contributions, estimate),
    roi: around(rois, spend > 0 ? estimate / spend : 0),
  };
}
