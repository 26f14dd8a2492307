import { describe, expect, it } from 'vitest';
import { isMixPilotError, type MixPilotError } from '../errors';
import type { SchemaOverrides } from './dataset-types';
import { READABLE_DATE_FORMATS } from './date-parse';
import { parseDataset } from './parse-dataset';
import { weeklyCsv } from './test-csv';

function rejection(csv: string, overrides: SchemaOverrides = {}): MixPilotError {
  try {
    parseDataset(csv, overrides);
  } catch (error) {
    if (isMixPilotError(error)) {
      expect(error.code).toBe('unprocessable');
      expect(error.issues.length).toBeGreaterThan(0);
      return error;
    }
    throw error;
  }
  throw new Error('expected parseDataset to reject the data');
}

describe('parseDataset rejects bad data with one clear message', () => {
  it('accepts the clean file the cases below start from', () => {
    const { dataset } = parseDataset(weeklyCsv());
    expect(dataset.schema.channels).toEqual(['tv_spend', 'search_spend']);
    expect(dataset.schema.controls).toEqual(['price']);
  });

  it('rejects an override naming a missing column and lists the closest', () => {
    const error = rejection(weeklyCsv(), { channels: ['tv_spnd'] });
    expect(error.message).toMatch(
      /^Unknown column 'tv_spnd' given as channels: the file has no such column \(closest: tv_spend, /,
    );
    expect(error.issues[0]?.field).toBe('channels');
  });

  it('rejects an unknown KPI column', () => {
    expect(rejection(weeklyCsv(), { kpi: 'profit' }).message).toContain(
      "Unknown column 'profit' given as KPI",
    );
  });

  it('rejects a file with no KPI column', () => {
    const csv = weeklyCsv().replace('revenue', 'foo');
    expect(rejection(csv).message).toMatch(/^No KPI column found: .*columns: date, foo, tv_spend/);
  });

  it('rejects a file with no spend column', () => {
    const csv = weeklyCsv().replace('tv_spend', 'tv_I').replace('search_spend', 'search_clicks');
    expect(rejection(csv).message).toContain('No channel spend column found');
  });

  it('rejects a file with no date column', () => {
    const csv = weeklyCsv()
      .replace(/^date,/, 'label,')
      .replace(/\n\d{4}-\d\d-\d\d/g, (m) => `\nx${m.slice(1)}`);
    expect(rejection(csv).message).toContain('No date column found');
  });

  it('names the date column, a value and the formats it reads when it cannot read the dates', () => {
    const csv = weeklyCsv().replace(/\n(\d{4})-(\d\d)-(\d\d)/g, (_m, y, mo) => `\n${y}-W${mo}`);
    expect(rejection(csv).message).toMatch(
      /^Row 1 \(line 2 of the file\), column date: '\d{4}-W\d\d' is not a date format MixPilot reads \(YYYY-MM-DD, YYYY\/MM\/DD, MM\/DD\/YYYY, DD\/MM\/YYYY, DD\.MM\.YYYY, or with the month written out as in 3 Jan 2022, 3 January 2022, Jan 3, 2022 or Jan 2022\)$/,
    );
  });

  it('refuses a month name it does not know, naming the row', () => {
    const csv = weeklyCsv(60, (row, i) => {
      if (i === 2) row[0] = '15 Foo 2022';
    });
    expect(rejection(csv).message).toBe(
      `Row 3 (line 4 of the file), column date: '15 Foo 2022' is not a date format MixPilot reads (${READABLE_DATE_FORMATS})`,
    );
  });

  it('names the row of an unparseable date', () => {
    const csv = weeklyCsv(60, (row, i) => {
      if (i === 2) row[0] = '2022-13-45';
    });
    const error = rejection(csv);
    expect(error.message).toBe(
      "Row 3 (line 4 of the file), column date: '2022-13-45' is not a date MixPilot can read (use YYYY-MM-DD)",
    );
    expect(error.issues[0]?.row).toBe(3);
  });

  it('rejects dates that read both month-first and day-first', () => {
    const csv = ['date,revenue,tv_spend', '01/02/2022,1,1', '01/03/2022,2,2'].join('\n');
    expect(rejection(csv).message).toContain(
      "dates like '01/02/2022' can be read month-first or day-first",
    );
  });

  it('names both rows of a duplicate date', () => {
    const csv = weeklyCsv(60, (row, i) => {
      if (i === 5) row[0] = '2022-01-08';
    });
    expect(rejection(csv).message).toMatch(
      /^Column date: duplicate date 2022-01-08 in row 1 \(line 2 of the file\) and row 6 \(line 7 of the file\); each period must appear once/,
    );
  });

  it('names the rows around an irregular gap', () => {
    const csv = weeklyCsv(60)
      .split('\n')
      .filter((_, line) => line !== 11)
      .join('\n');
    const error = rejection(csv);
    expect(error.message).toBe(
      'Column date: irregular gap of 14 days between 2022-03-12 in row 10 (line 11 of the file) and 2022-03-26 in row 11 (line 12 of the file); weekly data needs one week between dates (missing or extra weeks?)',
    );
  });

  it('rejects negative spend with its row and column', () => {
    const csv = weeklyCsv(60, (row, i) => {
      if (i === 9) row[2] = '-5';
    });
    expect(rejection(csv).message).toBe(
      'Row 10 (line 11 of the file), column tv_spend: negative spend -5; spend must be zero or more',
    );
  });

  it('names the line of the file beside the row when blank lines or quoted line breaks shift them', () => {
    const lines = weeklyCsv(60, (row, i) => {
      if (i === 9) row[2] = '-5';
    }).split('\n');
    lines[0] += ',note';
    lines[1] += ',"two\nlines"';
    for (let k = 2; k < lines.length; k += 1) lines[k] += ',';
    lines.splice(4, 0, '');
    const error = rejection(lines.join('\n'));
    expect(error.message).toBe(
      'Row 10 (line 13 of the file), column tv_spend: negative spend -5; spend must be zero or more',
    );
    expect(error.issues[0]).toMatchObject({ field: 'tv_spend', row: 10, line: 13 });
  });

  it('names the line where a quoted field that never closes was opened', () => {
    const csv = `${weeklyCsv(3)}\n2022-01-29,1,1,"1,1`;
    expect(rejection(csv).message).toBe(
      'A quoted field opened in row 4 (line 5 of the file) never closes',
    );
  });

  it('rejects an empty cell with its row and column', () => {
    const csv = weeklyCsv(60, (row, i) => {
      if (i === 4) row[1] = '';
    });
    expect(rejection(csv).message).toBe(
      'Row 5 (line 6 of the file), column revenue: empty cell (the KPI revenue needs a number in every period)',
    );
  });

  it('rejects a non-numeric cell with its row and column', () => {
    const csv = weeklyCsv(60, (row, i) => {
      if (i === 7) row[3] = 'n/a?';
    });
    expect(rejection(csv).message).toBe(
      "Row 8 (line 9 of the file), column search_spend: 'n/a?' is not a number (the channel search_spend needs a number in every period)",
    );
  });

  it('counts the other problems in the message and lists them in issues', () => {
    const csv = weeklyCsv(60, (row, i) => {
      if (i < 3) row[2] = 'x';
    });
    const error = rejection(csv);
    expect(error.message).toMatch(/\(and 2 more problems\)$/);
    expect(error.issues.map((issue) => issue.row)).toEqual([1, 2, 3]);
  });

  it('rejects an all-zero channel', () => {
    const csv = weeklyCsv(60, (row) => {
      row[3] = '0';
    });
    expect(rejection(csv).message).toBe(
      'Column search_spend: spend is zero in every period; a channel with no spend cannot be measured (leave it out of the channels)',
    );
  });

  it('rejects a constant channel', () => {
    const csv = weeklyCsv(60, (row) => {
      row[2] = '500';
    });
    expect(rejection(csv).message).toContain('Column tv_spend: spend is 500 in every period');
  });

  it('rejects a KPI that is the same in every period, naming its column', () => {
    const csv = weeklyCsv(60, (row) => {
      row[1] = '1000';
    });
    expect(rejection(csv).message).toBe(
      'Column revenue: the KPI is 1000 in every period; a KPI that never changes cannot show what drives it',
    );
  });

  it('rejects too few periods and says the minimum', () => {
    const error = rejection(weeklyCsv(20));
    expect(error.message).toBe(
      'Too few periods: 20 weeks for 11 parameters (4 per channel x 2 channels, intercept, trend, 0 seasonality terms, 1 controls, 0 events); at least 26 weeks are needed',
    );
  });

  it('raises the minimum with the number of channels', () => {
    const header = ['date', 'sales', ...Array.from({ length: 12 }, (_, c) => `ch${c}_spend`)];
    const lines = [header.join(',')];
    for (let i = 0; i < 40; i += 1) {
      const day = new Date(Date.UTC(2022, 0, 3 + 7 * i)).toISOString().slice(0, 10);
      lines.push(
        [day, 100 + i, ...header.slice(2).map((_, c) => ((i * 3 + c * 5) % 11) + 1)].join(','),
      );
    }
    // 12 x 4 + intercept + trend + 4 seasonality terms = 54 parameters, + 10 spare
    expect(rejection(lines.join('\n')).message).toContain('at least 64 weeks are needed');
  });

  it('rejects a row with the wrong number of values', () => {
    const csv = weeklyCsv().replace(/\n(2022-01-15,[^\n]*)/, '\n$1,7');
    expect(rejection(csv).message).toBe(
      'Row 2 (line 3 of the file) has 6 values but the header has 5 columns',
    );
  });

  it('rejects a duplicate column name', () => {
    const csv = weeklyCsv().replace('price', 'tv_spend');
    expect(rejection(csv).message).toBe(
      'Column tv_spend appears twice (columns 3 and 5); column names must be unique',
    );
  });

  it('rejects a column given two roles', () => {
    const error = rejection(weeklyCsv(), { channels: ['tv_spend'], controls: ['tv_spend'] });
    expect(error.message).toBe('Column tv_spend is given both as a channel and as a control');
  });

  it('rejects an event column holding values other than 0 and 1', () => {
    expect(rejection(weeklyCsv(), { events: ['price'] }).message).toContain(
      'Row 1 (line 2 of the file), column price: event value 9.99; events must be 0 or 1',
    );
  });

  it('rejects a quote that never closes', () => {
    expect(rejection('date,revenue\n"2022-01-01,5\n').message).toContain('never closes');
  });

  it('rejects a group naming an unknown channel', () => {
    const error = rejection(weeklyCsv(), { groups: { brand: ['tv', 'radio'] } });
    expect(error.message).toContain("Group brand: Unknown channel 'radio'");
  });

  it('rejects a file with a header and no rows', () => {
    expect(rejection('date,revenue,tv_spend\n').message).toBe(
      'The file has a header but no data rows',
    );
  });

  it('rejects data that is not daily, weekly or monthly', () => {
    const csv = [
      'date,revenue,tv_spend',
      '2022-01-01,1,1',
      '2022-04-01,2,2',
      '2022-07-01,3,1',
    ].join('\n');
    expect(rejection(csv).message).toContain('dates are 90 days apart');
  });
});
