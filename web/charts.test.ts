import { describe, expect, it } from 'vitest';
import { barLayout, chartSvg, linearScale, niceNumber, niceTicks } from './assets/charts.js';

describe('niceNumber', () => {
  it('rounds to 1, 2 or 5 times a power of ten', () => {
    expect(niceNumber(0.7, false)).toBe(1);
    expect(niceNumber(13, false)).toBe(20);
    expect(niceNumber(42, false)).toBe(50);
    expect(niceNumber(4.2, true)).toBe(5);
    expect(niceNumber(240_000, true)).toBe(200_000);
  });
});

describe('niceTicks', () => {
  it('covers the data range with round steps', () => {
    expect(niceTicks(0, 94, 5)).toEqual({
      min: 0,
      max: 100,
      step: 20,
      ticks: [0, 20, 40, 60, 80, 100],
    });
  });

  it('handles negative ranges and crosses zero', () => {
    const t = niceTicks(-12, 37, 5);
    expect(t.ticks[0]).toBeLessThanOrEqual(-12);
    expect(t.ticks.at(-1)).toBeGreaterThanOrEqual(37);
    expect(t.ticks).toContain(0);
  });

  it('produces clean decimals without floating-point noise', () => {
    expect(niceTicks(0, 0.3, 4).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('pads a zero-width range', () => {
    expect(niceTicks(5, 5, 5).ticks.length).toBeGreaterThan(1);
    expect(niceTicks(0, 0, 5).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('keeps every tick on a multiple of the step for large money amounts', () => {
    const t = niceTicks(0, 2_345_678, 5);
    expect(t.step).toBe(500_000);
    for (const tick of t.ticks) expect(tick % t.step).toBe(0);
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, including inverted pixel ranges', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(25)).toBe(150);
    expect(y(100)).toBe(0);
  });
});

describe('barLayout', () => {
  it('uses series names as categories when each series has one point', () => {
    const layout = barLayout({
      type: 'bar',
      title: 't',
      xLabel: 'Channel',
      yLabel: 'Contribution',
      series: [
        { name: 'TV', points: [[0, 10]] },
        { name: 'Search', points: [[1, 20]] },
      ],
    });
    expect(layout.labels).toEqual(['TV', 'Search']);
    expect(layout.values).toEqual([[10], [20]]);
  });

  it('groups series by x with optional category labels', () => {
    const layout = barLayout({
      type: 'bar',
      title: 't',
      xLabel: 'Channel',
      yLabel: 'Spend',
      categories: ['TV', 'Social'],
      series: [
        {
          name: 'Reference',
          points: [
            [0, 5],
            [1, 3],
          ],
        },
        {
          name: 'Scenario',
          points: [
            [0, 4],
            [1, 4],
          ],
        },
      ],
    });
    expect(layout.labels).toEqual(['TV', 'Social']);
    expect(layout.values).toEqual([
      [5, 4],
      [3, 4],
    ]);
  });
});

describe('chartSvg', () => {
  const line = {
    type: 'line' as const,
    title: 'TV <response>',
    xLabel: 'Spend',
    yLabel: 'Sales',
    series: [
      {
        name: 'TV',
        points: [
          [0, 0],
          [50, 40],
          [100, 60],
        ] as [number, number][],
      },
    ],
  };

  it('is accessible: role img with escaped title and desc', () => {
    const svg = chartSvg(line, { width: 400, height: 240, id: 'c1' });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="c1-title c1-desc"');
    expect(svg).toContain('<title id="c1-title">TV &lt;response&gt;</title>');
    expect(svg).toContain('data-testid="chart-svg"');
  });

  it('draws one path per series and a tooltip per point', () => {
    const svg = chartSvg(line, { width: 400, height: 240, id: 'c1' });
    expect(svg.match(/<path class="line/g)).toHaveLength(1);
    expect(svg.match(/data-tip=/g)).toHaveLength(3);
  });

  it('places the zero baseline at the bottom of the plot for positive data', () => {
    const svg = chartSvg(line, { width: 400, height: 240, id: 'c1' });
    expect(svg).toMatch(/<line class="grid zero"[^>]*y1="196"/);
  });

  it('draws one rect per bar value', () => {
    const svg = chartSvg(
      {
        ...line,
        type: 'bar',
        series: [
          {
            name: 'A',
            points: [
              [0, 1],
              [1, -2],
              [2, 3],
            ],
          },
        ],
      },
      { width: 300, height: 200, id: 'b' },
    );
    expect(svg.match(/<rect class="bar/g)).toHaveLength(3);
  });
});
