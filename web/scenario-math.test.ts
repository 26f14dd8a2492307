import { describe, expect, it } from 'vitest';
import { axisFormat, chartSpecFromPart } from './assets/chart-spec.js';
import { readConfig } from './assets/config.js';
import {
  channelOrder,
  compareTotals,
  layoutNote,
  readInterval,
  sliderRange,
} from './assets/scenario-math.js';

describe('sliderRange', () => {
  it('runs from 0 to 3x the reference in round steps that land on the maximum', () => {
    const r = sliderRange(250_000, [250_000, 100_000]);
    expect(r.min).toBe(0);
    expect(r.max).toBeGreaterThanOrEqual(750_000);
    expect(r.max % r.step).toBe(0);
    expect([1, 2, 5]).toContain(r.step / 10 ** Math.floor(Math.log10(r.step)));
    expect(r.max / r.step).toBeGreaterThanOrEqual(100);
    expect(r.max / r.step).toBeLessThanOrEqual(400);
  });

  it('gives a channel with no reference spend a range from the other channels', () => {
    expect(sliderRange(0, [0, 100_000, 300_000]).max).toBeGreaterThanOrEqual(600_000);
  });
});

describe('compareTotals', () => {
  it('compares total spend with the reference plan', () => {
    expect(compareTotals({ tv: 600, social: 400 }, { tv: 480, social: 520 })).toEqual({
      reference: 1000,
      scenario: 1000,
      change: 0,
      pct: 0,
    });
    expect(compareTotals({ tv: 100 }, { tv: 150 }).pct).toBeCloseTo(0.5, 12);
  });
});

describe('readInterval', () => {
  it('accepts object and pair intervals and rejects anything else', () => {
    expect(readInterval({ level: 0.8, low: -5, high: 9 })).toEqual({
      level: 0.8,
      low: -5,
      high: 9,
    });
    expect(readInterval([1, 2])).toEqual({ low: 1, high: 2 });
    expect(readInterval({ low: 'a', high: 2 })).toBeUndefined();
    expect(readInterval(undefined)).toBeUndefined();
  });
});

describe('channelOrder', () => {
  it('lists reference channels first, then channels only in the scenario', () => {
    expect(channelOrder({ tv: 1, search: 2 }, { search: 3, tiktok: 4 })).toEqual([
      'tv',
      'search',
      'tiktok',
    ]);
  });
});

describe('chartSpecFromPart', () => {
  it('draws curves as lines and contributions as bars with money axes for spend', () => {
    const line = chartSpecFromPart({
      type: 'chart',
      kind: 'response_curve',
      title: 'TV',
      xLabel: 'Spend ($)',
      yLabel: 'Sales',
      series: [{ name: 'paid_search', points: [[0, 0]] }],
    });
    expect(line.type).toBe('line');
    expect(line.series[0]?.name).toBe('Paid search');
    expect(line.xFormat?.(1_500_000)).toBe('$1.5M');
    expect(line.yFormat?.(1_500_000)).toBe('1.5M');
    const bars = chartSpecFromPart({ ...line, kind: 'contributions' } as never);
    expect(bars.type).toBe('bar');
  });

  it('formats money axes only when the label says so', () => {
    expect(axisFormat('Budget')(2000)).toBe('$2K');
    expect(axisFormat('Conversions')(2000)).toBe('2,000');
  });
});

describe('readConfig', () => {
  const store = () => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
  };

  it('takes the key from the query string and remembers it for the full page', () => {
    const s = store();
    expect(readConfig({ search: '?key=abc', hash: '' }, s)).toEqual({
      key: 'abc',
      embed: false,
      title: 'MixPilot',
      keyInQuery: true,
    });
    expect(readConfig({ search: '', hash: '' }, s).key).toBe('abc');
  });

  it('takes the embedded key from the fragment and neither saves nor reuses stored keys', () => {
    const s = store();
    s.setItem('mixpilot.apiKey', 'old');
    const c = readConfig({ search: '?embed=1&title=Acme%20Pilot', hash: '#key=k1' }, s);
    expect(c).toEqual({ key: 'k1', embed: true, title: 'Acme Pilot', keyInQuery: true });
    expect(readConfig({ search: '?embed=1', hash: '' }, s).key).toBeUndefined();
  });

  it('works in local mode with no key and no storage', () => {
    expect(readConfig({ search: '', hash: '' }, undefined)).toEqual({
      embed: false,
      title: 'MixPilot',
      keyInQuery: false,
    });
  });
});

describe('layoutNote', () => {
  const label = (c: string) => (c === 'tv_spend' ? 'TV' : c);

  it('names the channels the scenario spreads evenly, in the horizon unit', () => {
    expect(layoutNote({ tv_spend: 'even', radio: 'historical' }, 'week', label)).toBe(
      'Spread evenly over every week (always-on) instead of in recent bursts: TV.',
    );
  });

  it('names the channels run in regular bursts beside those spread evenly', () => {
    expect(layoutNote({ tv_spend: 'even', search: 'bursts' }, 'week', label)).toBe(
      'Spread evenly over every week (always-on) instead of in recent bursts: TV. Run in regular bursts (on, then off as long) instead of as it ran recently: search.',
    );
  });

  it('says the length of bursts of a stated length, in the horizon unit', () => {
    const bursts = { layout: 'bursts' as const, burst: 4 };
    expect(layoutNote({ search: bursts, radio: bursts }, 'week', label)).toBe(
      'Run in bursts of 4 weeks on, 4 off, instead of as it ran recently: search, radio.',
    );
    expect(layoutNote({ tv_spend: { layout: 'bursts', burst: 1 } }, 'month', label)).toBe(
      'Run in bursts of 1 month on, 1 off, instead of as it ran recently: TV.',
    );
    expect(layoutNote({ search: { layout: 'bursts', burst: 3, off: 1 } }, 'week', label)).toBe(
      'Run in bursts of 3 weeks on, 1 off, instead of as it ran recently: search.',
    );
  });

  it('says nothing when no channel is spread evenly', () => {
    expect(layoutNote(undefined, 'week', label)).toBe('');
    expect(layoutNote({ tv_spend: 'historical' }, 'week', label)).toBe('');
  });
});
