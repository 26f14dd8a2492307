/**
 * What a column's name says about its role. Names are compared as lower-case words
 * (`competitor_sales_B` → competitor, sales, b), built once per column, never per cell.
 */
import { compact, words } from './channel-names';

function wordSet(list: string): Set<string> {
  return new Set(list.split(' '));
}

/** The role a name suggests; values decide the rest (an event-like name with 0/1 cells is an event). */
export type NameClass =
  | { kind: 'ignore'; reason: string }
  | { kind: 'geo' }
  | { kind: 'organic' }
  | { kind: 'exposure' }
  | { kind: 'control' }
  | { kind: 'spend' }
  | { kind: 'event' }
  | { kind: 'unknown' };

const DATE_NAMES = wordSet(
  'date ds time week weekstart weekending weekstarting weekof period day month ' +
    'datetime timestamp dateweek weekdate dt yearmonth monthstart startdate',
);
const CALENDAR = wordSet(
  'dayofyear doy dayofweek weekday weekofyear weeknumber weeknum week month ' +
    'monthofyear year quarter dayofmonth season',
);
const RUNNING = wordSet(
  't time timeindex trend index idx id rowid row obs n periodnumber unnamed0',
);
const GEO = wordSet(
  'geo region dma market state country city province territory store geoid geography',
);
const ORGANIC_NAMES = wordSet(
  'newsletter newsletters seo pr publicrelations wordofmouth earnedmedia ownedmedia organic',
);
const EXPOSURE_LAST = wordSet(
  'i imp imps impression impressions click clicks p grp grps trp trps view views ' +
    'reach frequency exposure exposures sessions visits ctr cpm cpc',
);
const EXPOSURE_ANY = wordSet('impression impressions clicks grps trps views');
const SPEND_LAST = wordSet(
  'spend spends spending s cost costs investment investments budget usd eur gbp',
);
const SPEND_FIRST = wordSet('spend cost costs investment budget');
const COMPETITOR = wordSet('competitor competitors competition competitive comp');
const CONTROL_LAST = wordSet('b control controls ctrl');
const CONTROL_WORDS = wordSet(
  'price prices pricing discount discounts macro cpi gdp inflation unemployment ' +
    'sentiment confidence weather temperature temp rain rainfall precipitation snow ' +
    'covid lockdown stock inventory distribution interest fuel gas oil seasonality ' +
    'trends searchvolume footfall markdown stockouts availability consumer',
);
const EVENT_WORDS = wordSet(
  'event events holiday holidays promo promos promotion promotions blackfriday ' +
    'cybermonday christmas xmas easter thanksgiving launch flag dummy outlier strike ' +
    'ramadan primeday newyear sale campaignlaunch',
);

/** KPI names, most likely first; a name whose words contain one of them is a weaker candidate. */
const KPI_NAMES = (
  'revenue sales conversions y kpi orders transactions bookings signups leads ' +
  'installs subscriptions purchases units volume gmv turnover target response ' +
  'depvar outcome conversion acquisitions customers registrations downloads quotes'
).split(' ');
const CONVERSION_WORDS = wordSet(
  'conversions conversion orders transactions bookings signups leads installs ' +
    'subscriptions purchases units volume acquisitions customers registrations ' +
    'downloads quotes',
);

/** True when a name reads like a date column. */
export function isDateName(name: string): boolean {
  const c = compact(name);
  return DATE_NAMES.has(c) || words(name).includes('date');
}

/** Classifies a column by its name alone. */
export function classifyName(name: string): NameClass {
  const c = compact(name);
  const ws = words(name);
  const last = ws[ws.length - 1] ?? '';
  const first = ws[0] ?? '';
  if (c === '') return { kind: 'ignore', reason: 'unnamed column (a row index)' };
  if (CALENDAR.has(c))
    return { kind: 'ignore', reason: 'a calendar field; MixPilot builds its own seasonality' };
  if (RUNNING.has(c))
    return { kind: 'ignore', reason: 'a running index; MixPilot builds its own trend' };
  if (GEO.has(c)) return { kind: 'geo' };
  if (c === 'population')
    return { kind: 'ignore', reason: 'population size, not a driver of the KPI over time' };
  if (ws.includes('per')) {
    const reason =
      c === 'revenueperconversion'
        ? 'value per conversion: multiply the KPI by it to get revenue; it is not a control'
        : 'a ratio (something per something), not spend or a control';
    return { kind: 'ignore', reason };
  }
  if (ORGANIC_NAMES.has(c) || ws.includes('organic')) return { kind: 'organic' };
  if (EXPOSURE_LAST.has(last) && ws.length > 1) return { kind: 'exposure' };
  if (ws.some((w) => EXPOSURE_ANY.has(w))) return { kind: 'exposure' };
  if (ws.some((w) => COMPETITOR.has(w))) return { kind: 'control' };
  if (CONTROL_LAST.has(last) && ws.length > 1) return { kind: 'control' };
  if (ws.length > 1 && (SPEND_LAST.has(last) || SPEND_FIRST.has(first))) return { kind: 'spend' };
  if (ws.some((w) => EVENT_WORDS.has(w)) || (first === 'is' && ws.length > 1))
    return { kind: 'event' };
  if (ws.some((w) => CONTROL_WORDS.has(w))) return { kind: 'control' };
  return { kind: 'unknown' };
}

/** Rank of a name as a KPI (0 best), or null when it does not read like one. */
export function kpiRank(name: string): number | null {
  const c = compact(name);
  const exact = KPI_NAMES.indexOf(c);
  if (exact >= 0) return exact;
  const ws = words(name);
  if (ws.some((w) => COMPETITOR.has(w))) return null;
  for (let i = 0; i < KPI_NAMES.length; i += 1) {
    const kpi = KPI_NAMES[i] ?? '';
    if (kpi.length > 1 && ws.includes(kpi)) return KPI_NAMES.length + i;
  }
  return null;
}

/** Whether a KPI column counts conversions or measures revenue, from its name. */
export function kpiTypeOf(name: string): 'revenue' | 'conversions' {
  return words(name).some((w) => CONVERSION_WORDS.has(w)) ? 'conversions' : 'revenue';
}
