import type { BaselineDriver, ContributionsResult } from '../../tools';
import { type ComposeContext, type Composed, interval80 } from './composed';
import { kpiAmount, percent, signedKpi } from './format';

const KIND_LABEL: Record<BaselineDriver['kind'], string> = {
  intercept: 'Base level',
  trend: 'Trend',
  seasonality: 'Seasonality',
  weekday: 'Day of week',
  control: '',
  event: '',
};

/** "Price", "Promo weeks" — a driver's name as people say it. */
function driverLabel(d: BaselineDriver): string {
  if (KIND_LABEL[d.kind]) return KIND_LABEL[d.kind];
  const plain = d.name.replace(/[_-]+/g, ' ').trim();
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/**
 * "each week it is on, +$12k (80% range +$8k to +$16k); " or "-$49k a week per unit of price; "
 * (empty without a rate; the range when the model kept one).
 */
function perUnit(d: BaselineDriver, label: string, ctx: ComposeContext): string {
  if (!d.perUnit) return '';
  const per = ctx.unit.replace(/s$/, '');
  const range = interval80(d.perUnit.interval);
  const value = `${signedKpi(d.perUnit.value, ctx.kpiType)}${range ? ` (80% range ${signedKpi(range.low, ctx.kpiType)} to ${signedKpi(range.high, ctx.kpiType)})` : ''}`;
  return d.perUnit.binary
    ? `each ${per} it is on, ${value}; `
    : `${value} a ${per} per unit of ${label.toLowerCase()}; `;
}

/** One line per baseline driver, in the tool's order (largest swing first, base level last). */
function driverLine(d: BaselineDriver, ctx: ComposeContext): string {
  const per = ctx.unit.replace(/s$/, '');
  const amount = (n: number) => kpiAmount(n, ctx.kpiType);
  const label = driverLabel(d);
  switch (d.kind) {
    case 'intercept':
      return `${label}: ${amount(d.contribution)} (${percent(d.share)} of ${ctx.kpi}), what sales would be with no media, season, trend or promotions.`;
    case 'event': {
      const total = `${signedKpi(d.contribution, ctx.kpiType)} over the period (${percent(d.share)})`;
      return d.perUnit?.binary
        ? `${label} (event): ${perUnit(d, label, ctx)}${total}.`
        : `${label} (event): ${total}, at most ${signedKpi(d.highest, ctx.kpiType)} in one ${per}.`;
    }
    case 'control': {
      // Over the whole data a control nets out to nothing (it is measured against its average).
      const net =
        Math.abs(d.share) < 0.0005
          ? 'about nothing net over the period'
          : `${signedKpi(d.contribution, ctx.kpiType)} net over the period`;
      return `${label}: ${perUnit(d, label, ctx)}moved ${ctx.kpi} between ${signedKpi(d.lowest, ctx.kpiType)} and ${signedKpi(d.highest, ctx.kpiType)} a ${per} against its average level (${net}).`;
    }
    default:
      return `${label}: between ${signedKpi(d.lowest, ctx.kpiType)} and ${signedKpi(d.highest, ctx.kpiType)} a ${per} (${signedKpi(d.contribution, ctx.kpiType)} over the period).`;
  }
}

/**
 * What drives the KPI besides paid media: the baseline's total, then each part (price, promotions,
 * events, seasonality, trend, the base level) with its total and its range in one period.
 */
export function composeBaseline(result: ContributionsResult, ctx: ComposeContext): Composed {
  const when = `over ${result.period.label}`;
  const drivers = result.baseline.drivers;
  const lead = `Besides paid media, the baseline made ${kpiAmount(result.baseline.contribution, ctx.kpiType)} of ${ctx.kpi} ${when} (${percent(result.baseline.share)}); paid media made ${kpiAmount(result.total.media, ctx.kpiType)}.`;
  if (drivers.length === 0)
    return {
      lead: `${lead} This model does not keep the baseline's parts; refit it to see them.`,
      bullets: [],
      parts: [],
    };
  return {
    lead,
    bullets: [
      ...drivers.map((d) => driverLine(d, ctx)),
      `Controls are measured against their own average, so their total can be small while their swing is large. ${drivers.some((d) => interval80(d.perUnit?.interval)) ? 'Effects per unit carry their 80% ranges; the totals, swings, seasonality, trend and base level are point estimates.' : 'These are point estimates: the intervals cover paid media only.'}`,
    ],
    parts: [
      {
        type: 'table',
        title: `What drives ${ctx.kpi} besides paid media, ${when}`,
        columns: [
          'Driver',
          'Total',
          'Share',
          `Lowest in one ${ctx.unit.replace(/s$/, '')}`,
          'Highest',
        ],
        rows: drivers.map((d) => [
          driverLabel(d),
          Math.round(d.contribution),
          percent(d.share),
          Math.round(d.lowest),
          Math.round(d.highest),
        ]),
      },
    ],
  };
}
