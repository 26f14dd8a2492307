/**
 * A small dependency-free SVG chart module: nice ticks, linear scales, line and grouped-bar
 * charts with axes, gridlines, per-point tooltips (`<title>` plus `data-tip` for the custom
 * tooltip) and an accessible `<title>`/`<desc>`. Charts are built as strings so they can be
 * unit-tested without a DOM; colours come from CSS classes `s0`…`s5`.
 */

import { escapeHtml } from './markdown.js';

/**
 * Rounds `range` to a "nice" number (1, 2, 5 × 10^k); Heckbert's algorithm.
 * @param {number} range
 * @param {boolean} round nearest nice number when true, else the nice number ≥ range
 * @returns {number}
 */
export function niceNumber(range, round) {
  if (!(range > 0) || !Number.isFinite(range)) return 1;
  const exponent = Math.floor(Math.log10(range));
  const fraction = range / 10 ** exponent;
  let nice;
  if (round) nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
  else nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * 10 ** exponent;
}

/**
 * Evenly spaced round tick values covering [min, max], about `count` of them.
 * @param {number} min
 * @param {number} max
 * @param {number} [count]
 * @returns {{ min: number, max: number, step: number, ticks: number[] }}
 */
export function niceTicks(min, max, count = 5) {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= lo === 0 ? 0 : pad;
    hi += pad;
  }
  const step = niceNumber((hi - lo) / Math.max(1, count - 1), true);
  const niceMin = Math.floor(lo / step + 1e-9) * step;
  const niceMax = Math.ceil(hi / step - 1e-9) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  /** @type {number[]} */
  const ticks = [];
  for (let v = niceMin; v <= niceMax + step * 1e-6; v += step) {
    const rounded = Number(v.toFixed(decimals));
    ticks.push(Object.is(rounded, -0) ? 0 : rounded);
  }
  return { min: niceMin, max: niceMax, step, ticks };
}

/**
 * A linear map from a domain to a range, e.g. data values to pixels.
 * @param {[number, number]} domain
 * @param {[number, number]} range
 * @returns {(value: number) => number}
 */
export function linearScale(domain, range) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * @typedef {object} ChartSeries
 * @property {string} name
 * @property {[number, number][]} points
 */

/**
 * @typedef {object} ChartSpec
 * @property {'line' | 'bar'} type
 * @property {string} title
 * @property {string} [desc]
 * @property {string} xLabel
 * @property {string} yLabel
 * @property {ChartSeries[]} series
 * @property {string[]} [categories] bar labels, indexed by a point's x (bars only)
 * @property {(value: number) => string} [xFormat]
 * @property {(value: number) => string} [yFormat]
 */

const round1 = (/** @type {number} */ v) => Math.round(v * 10) / 10;
const CHAR_WIDTH = 6.6;

/**
 * Bar categories: one per series when every series has one point (labelled by series name),
 * else one per distinct x (labelled by `categories[x]` or the formatted x).
 * @param {ChartSpec} spec
 * @returns {{ labels: string[], values: (number | undefined)[][], groupNames: string[] }}
 */
export function barLayout(spec) {
  const fmt = spec.xFormat ?? String;
  if (spec.series.length > 1 && spec.series.every((s) => s.points.length === 1)) {
    return {
      labels: spec.series.map((s) => s.name),
      values: spec.series.map((s) => [s.points[0]?.[1]]),
      groupNames: [spec.yLabel],
    };
  }
  const xs = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p[0])))];
  if (!spec.categories) xs.sort((a, b) => a - b);
  const labels = xs.map((x) => spec.categories?.[x] ?? fmt(x));
  const values = xs.map((x) => spec.series.map((s) => s.points.find((p) => p[0] === x)?.[1]));
  return { labels, values, groupNames: spec.series.map((s) => s.name) };
}

/**
 * Renders a chart as an SVG string sized `width`×`height` pixels.
 * @param {ChartSpec} spec
 * @param {{ width: number, height: number, id: string }} size
 * @returns {string}
 */
export function chartSvg(spec, size) {
  const { width, height, id } = size;
  const xf = spec.xFormat ?? ((/** @type {number} */ v) => String(v));
  const yf = spec.yFormat ?? ((/** @type {number} */ v) => String(v));
  const bars = spec.type === 'bar' ? barLayout(spec) : undefined;
  const ys = bars
    ? bars.values.flat().filter((v) => v !== undefined)
    : spec.series.flatMap((s) => s.points.map((p) => p[1]));
  const yTicks = niceTicks(Math.min(0, ...ys), Math.max(0, ...ys), height < 240 ? 4 : 5);
  const left = Math.max(...yTicks.ticks.map((t) => yf(t).length)) * CHAR_WIDTH + 30;
  const margin = { top: 12, right: 16, bottom: 44, left: round1(left) };
  const plotW = Math.max(40, width - margin.left - margin.right);
  const plotH = Math.max(40, height - margin.top - margin.bottom);
  const y = linearScale([yTicks.min, yTicks.max], [margin.top + plotH, margin.top]);
  /** @type {string[]} */
  const parts = [];
  for (const t of yTicks.ticks) {
    const py = round1(y(t));
    parts.push(
      `<line class="grid${t === 0 ? ' zero' : ''}" x1="${margin.left}" x2="${margin.left + plotW}" y1="${py}" y2="${py}"/>`,
      `<text class="tick y" x="${margin.left - 8}" y="${py}" dy="0.32em" text-anchor="end">${escapeHtml(yf(t))}</text>`,
    );
  }
  const bottom = margin.top + plotH;
  if (bars) parts.push(...barMarks(bars, { x0: margin.left, plotW, bottom, y, yf }));
  else parts.push(...lineMarks(spec, { x0: margin.left, plotW, bottom, y, xf, yf }));
  parts.push(
    `<text class="axis-label" x="${round1(margin.left + plotW / 2)}" y="${height - 6}" text-anchor="middle">${escapeHtml(spec.xLabel)}</text>`,
    `<text class="axis-label" transform="rotate(-90)" x="${-round1(margin.top + plotH / 2)}" y="13" text-anchor="middle">${escapeHtml(spec.yLabel)}</text>`,
  );
  const desc = spec.desc ?? describe(spec);
  return (
    `<svg class="mp-chart" data-testid="chart-svg" xmlns="http://www.w3.org/2000/svg" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(spec.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(desc)}</desc>${parts.join('')}</svg>`
  );
}

/**
 * @param {{ labels: string[], values: (number | undefined)[][], groupNames: string[] }} bars
 * @param {{ x0: number, plotW: number, bottom: number, y: (v: number) => number, yf: (v: number) => string }} g
 */
function barMarks(bars, g) {
  const n = Math.max(1, bars.labels.length);
  const band = g.plotW / n;
  const groups = Math.max(1, bars.groupNames.length);
  const inner = band * 0.72;
  const barW = inner / groups;
  const zero = g.y(0);
  /** @type {string[]} */
  const out = [];
  bars.labels.forEach((label, i) => {
    const cx = g.x0 + band * i + band / 2;
    bars.values[i]?.forEach((value, k) => {
      if (value === undefined) return;
      const x = round1(cx - inner / 2 + barW * k);
      const top = Math.min(zero, g.y(value));
      const h = Math.max(1, Math.abs(g.y(value) - zero));
      const cls = groups > 1 ? `s${k % 6}` : n <= 6 ? `s${i % 6}` : 's0';
      const tip = `${label}${groups > 1 ? ` · ${bars.groupNames[k]}` : ''}: ${g.yf(value)}`;
      out.push(
        `<rect class="bar ${cls}" x="${x}" y="${round1(top)}" width="${round1(Math.max(1, barW - 2))}" height="${round1(h)}" data-tip="${escapeHtml(tip)}"><title>${escapeHtml(tip)}</title></rect>`,
      );
    });
    const maxChars = Math.max(3, Math.floor(band / CHAR_WIDTH));
    const shown = label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label;
    out.push(
      `<text class="tick x" x="${round1(cx)}" y="${g.bottom + 16}" text-anchor="middle">${escapeHtml(shown)}</text>`,
    );
  });
  return out;
}

/**
 * @param {ChartSpec} spec
 * @param {{ x0: number, plotW: number, bottom: number, y: (v: number) => number, xf: (v: number) => string, yf: (v: number) => string }} g
 */
function lineMarks(spec, g) {
  const xsAll = spec.series.flatMap((s) => s.points.map((p) => p[0]));
  const maxTicks = Math.max(2, Math.min(7, Math.floor(g.plotW / 90)));
  const xTicks = niceTicks(Math.min(...xsAll), Math.max(...xsAll), maxTicks);
  const x = linearScale([xTicks.min, xTicks.max], [g.x0, g.x0 + g.plotW]);
  /** @type {string[]} */
  const out = [];
  for (const t of xTicks.ticks) {
    const px = round1(x(t));
    out.push(
      `<line class="tick-mark" x1="${px}" x2="${px}" y1="${g.bottom}" y2="${g.bottom + 4}"/>`,
      `<text class="tick x" x="${px}" y="${g.bottom + 16}" text-anchor="middle">${escapeHtml(g.xf(t))}</text>`,
    );
  }
  spec.series.forEach((s, k) => {
    const pts = [...s.points].sort((a, b) => a[0] - b[0]);
    const d = pts
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${round1(x(p[0]))},${round1(g.y(p[1]))}`)
      .join('');
    out.push(`<path class="line s${k % 6}" d="${d}" fill="none"/>`);
    const marker = pts.length <= 24 ? 'dot' : 'hit';
    for (const p of pts) {
      const tip = `${s.name}: ${g.xf(p[0])} → ${g.yf(p[1])}`;
      out.push(
        `<circle class="${marker} s${k % 6}" cx="${round1(x(p[0]))}" cy="${round1(g.y(p[1]))}" r="${marker === 'dot' ? 3.5 : 6}" data-tip="${escapeHtml(tip)}"><title>${escapeHtml(tip)}</title></circle>`,
      );
    }
  });
  return out;
}

/** @param {ChartSpec} spec */
function describe(spec) {
  const names = spec.series.map((s) => s.name).join(', ');
  const kind = spec.type === 'bar' ? 'Bar chart' : 'Line chart';
  return `${kind} of ${spec.yLabel} by ${spec.xLabel}${names ? ` for ${names}` : ''}.`;
}
