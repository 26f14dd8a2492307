import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNumberCell } from './cell-number';
import { tokenizeCsv } from './csv-tokenizer';
import { datasetToCsv, sliceDataset } from './dataset-csv';
import { parseDataset } from './parse-dataset';

describe('tokenizeCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    const table = tokenizeCsv('a,"b, c","d"\r\n1,"say ""hi""","two\nlines"\r\n');
    expect(table.header).toEqual(['a', 'b, c', 'd']);
    expect(table.rows).toEqual([['1', 'say "hi"', 'two\nlines']]);
  });

  it('drops a byte-order mark and reads CR-only line ends', () => {
    const table = tokenizeCsv('\ufeffdate,y\r2022-01-01,1\r2022-01-02,2');
    expect(table.header).toEqual(['date', 'y']);
    expect(table.rows).toHaveLength(2);
  });

  it('keeps an unnamed first column and skips blank lines', () => {
    const table = tokenizeCsv(',geo,time\n0,Geo0,2021-01-25\n\n1,Geo0,2021-02-01\n');
    expect(table.header).toEqual(['', 'geo', 'time']);
    expect(table.rows).toHaveLength(2);
    expect(table.lines).toEqual([2, 4]);
  });

  it('detects semicolons and tabs as delimiters', () => {
    expect(tokenizeCsv('a;b\n1;2').rows[0]).toEqual(['1', '2']);
    expect(tokenizeCsv('a\tb\n1\t2').rows[0]).toEqual(['1', '2']);
  });
});

describe('parseNumberCell', () => {
  it.each([
    ['12.5', false, 12.5],
    [' 7 ', false, 7],
    ['1e3', false, 1000],
    ['$1,234.50', false, 1234.5],
    ['1.234,5', true, 1234.5],
    ['12,5', true, 12.5],
    ['15%', false, 15],
  ])('reads %s', (cell, decimalComma, expected) => {
    expect(parseNumberCell(cell, decimalComma)).toBe(expected);
  });

  it.each(['', '  ', 'abc', 'NA'])('finds no number in %j', (cell) => {
    expect(parseNumberCell(cell)).toBeNaN();
  });
});

describe('parseDataset date handling', () => {
  const build = (dates: string[]) =>
    ['date;revenue;tv_spend;radio_spend']
      .concat(dates.map((d, i) => `${d};${100 + (i % 7)},5;${(i * 3) % 5};${(i * 7) % 4}`))
      .join('\n');
  const weeks = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2021, 11, 27 + 7 * i)));
  const fmt = (d: Date, f: (y: string, m: string, day: string) => string) =>
    f(
      String(d.getUTCFullYear()),
      String(d.getUTCMonth() + 1).padStart(2, '0'),
      String(d.getUTCDate()).padStart(2, '0'),
    );

  it.each([
    ['YYYY-MM-DD', (y: string, m: string, d: string) => `${y}-${m}-${d}`],
    ['YYYY/MM/DD', (y: string, m: string, d: string) => `${y}/${m}/${d}`],
    ['MM/DD/YYYY', (y: string, m: string, d: string) => `${m}/${d}/${y}`],
    ['DD/MM/YYYY', (y: string, m: string, d: string) => `${d}/${m}/${y}`],
    ['DD.MM.YYYY', (y: string, m: string, d: string) => `${d}.${m}.${y}`],
    ['ISO with time', (y: string, m: string, d: string) => `${y}-${m}-${d}T00:00:00Z`],
    ['US with time', (y: string, m: string, d: string) => `${m}/${d}/${y} 0:00`],
  ])('reads %s dates, sorted ascending, with decimal commas', (_, f) => {
    const dates = weeks.map((d) => fmt(d, f)).reverse();
    const { dataset } = parseDataset(build(dates));
    expect(dataset.dates[0]).toBe('2021-12-27');
    expect(dataset.dates[29]).toBe('2022-07-18');
    expect(dataset.schema.frequency).toBe('weekly');
    expect(dataset.kpi[29]).toBe(100.5);
  });

  const SHORT = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const LONG = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const written = (d: Date, f: (y: number, short: string, long: string, day: number) => string) =>
    f(
      d.getUTCFullYear(),
      SHORT[d.getUTCMonth()] as string,
      LONG[d.getUTCMonth()] as string,
      d.getUTCDate(),
    );

  it.each([
    [
      '03 Jan 2022',
      (y: number, m: string, _l: string, d: number) => `${String(d).padStart(2, '0')} ${m} ${y}`,
    ],
    ['3 January 2022', (y: number, _m: string, l: string, d: number) => `${d} ${l} ${y}`],
    ['Jan 3, 2022', (y: number, m: string, _l: string, d: number) => `${m} ${d}, ${y}`],
    ['January 3 2022', (y: number, _m: string, l: string, d: number) => `${l} ${d} ${y}`],
    [
      '03-Jan-2022',
      (y: number, m: string, _l: string, d: number) => `${String(d).padStart(2, '0')}-${m}-${y}`,
    ],
    [
      'JAN 3, 2022 12:00 AM',
      (y: number, m: string, _l: string, d: number) => `${m.toUpperCase()} ${d}, ${y} 12:00 AM`,
    ],
  ])('reads dates with the month written out like %s, unambiguously', (_, f) => {
    const dates = weeks.map((d) => written(d, f));
    const { dataset } = parseDataset(build(dates));
    expect(dataset.dates[0]).toBe('2021-12-27');
    expect(dataset.dates[1]).toBe('2022-01-03');
    expect(dataset.dates[29]).toBe('2022-07-18');
    expect(dataset.schema.frequency).toBe('weekly');
  });

  it('reads monthly dates written as a month and a year', () => {
    const months = Array.from({ length: 40 }, (_, i) => {
      const d = new Date(Date.UTC(2020, i, 1));
      return `${SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    });
    const { dataset } = parseDataset(build(months));
    expect(dataset.schema.frequency).toBe('monthly');
    expect(dataset.dates[13]).toBe('2021-02-01');
  });

  it('detects daily and monthly data, month ends included', () => {
    const daily = Array.from({ length: 120 }, (_, i) =>
      new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10),
    );
    expect(parseDataset(build(daily)).dataset.schema.frequency).toBe('daily');
    const monthEnds = Array.from({ length: 40 }, (_, i) =>
      new Date(Date.UTC(2020, 1 + i, 0)).toISOString().slice(0, 10),
    );
    const monthly = parseDataset(build(monthEnds));
    expect(monthly.dataset.schema.frequency).toBe('monthly');
    expect(monthly.report.start).toBe('2020-01-31');
  });

  it('uses the given date format for ambiguous slash dates', () => {
    const firsts = Array.from({ length: 40 }, (_, i) => {
      const d = new Date(Date.UTC(2020, i, 1));
      return `01/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    });
    const { dataset } = parseDataset(build(firsts), { dateFormat: 'DD/MM/YYYY' });
    expect(dataset.schema.frequency).toBe('monthly');
    expect(dataset.dates[1]).toBe('2020-02-01');
  });
});

describe('parseDataset roles', () => {
  it('turns Robyn-style event labels into one 0/1 column per label, "na" meaning none', () => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      const day = new Date(Date.UTC(2022, 0, 3 + 7 * i)).toISOString().slice(0, 10);
      const label = i === 3 ? 'black friday' : i === 9 ? 'launch' : 'na';
      return `${day},${100 + i},${(i * 3) % 5},"${label}"`;
    });
    const { dataset } = parseDataset(['"DATE","sales","tv_S","events"', ...rows].join('\n'));
    expect(dataset.schema.events).toEqual(['black_friday', 'launch']);
    expect(dataset.events.black_friday?.[3]).toBe(1);
    expect(dataset.events.launch?.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it.each([
    ['tv_spend', true],
    ['spend_tv', true],
    ['TV_cost', true],
    ['tv_costs', true],
    ['tv_investment', true],
    ['tvSpend', true],
    ['tv_impressions', false],
    ['tv_clicks', false],
    ['tv_grps', false],
    ['competitor_spend', false],
  ])('treats %s as channel spend: %s', (name, isChannel) => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      const day = new Date(Date.UTC(2022, 0, 3 + 7 * i)).toISOString().slice(0, 10);
      return `${day},${100 + i},${(i * 3) % 5},${(i * 7) % 6}`;
    });
    const { dataset } = parseDataset([`date,orders,radio_S,${name}`, ...rows].join('\n'));
    expect(dataset.schema.kpiType).toBe('conversions');
    expect(dataset.schema.channels.includes(name)).toBe(isChannel);
  });
});

describe('datasetToCsv and sliceDataset', () => {
  const robyn = readFileSync(
    new URL('../../../shared/benchmarks/robyn_simulated_weekly.csv', import.meta.url),
    'utf8',
  );

  it('round-trips a dataset through CSV', () => {
    const { dataset } = parseDataset(robyn);
    const again = parseDataset(datasetToCsv(dataset), {
      channels: dataset.schema.channels,
      controls: dataset.schema.controls,
      events: dataset.schema.events,
    }).dataset;
    expect(again).toEqual(dataset);
  });

  it('cuts a dataset to a date window', () => {
    const { dataset } = parseDataset(robyn);
    const year = sliceDataset(dataset, '2018-01-01', '2018-12-31');
    expect(year.dates[0]).toBe('2018-01-01');
    // 2018 starts and ends on a Monday: 53 weekly periods
    expect(year.dates).toHaveLength(53);
    expect(year.spend.tv_S).toHaveLength(53);
    expect(() => sliceDataset(dataset, '2030-01-01')).toThrow(/No periods between 2030-01-01/);
  });
});
