/**
 * Turns an AnswerPart of type `chart` into a ChartSpec for charts.js: line charts for response
 * and budget curves, bars for contributions and scenario comparisons, money axes where the label
 * says spend or budget.
 */

import { formatMoney, formatNumber, prettyName } from './format.js';

/**
 * @typedef {object} ChartPart
 * @property {'chart'} type
 * @property {'response_curve' | 'contributions' | 'scenario' | 'budget_curve'} kind
 * @property {string} title
 * @property {string} xLabel
 * @property {string} yLabel
 * @property {{ name: string, points: [number, number][] }[]} series
 * @property {string[]} [categories] optional labels for bar x positions
 */

const MONEY_LABEL = /spend|budget|cost|\$|revenue|usd|eur/i;

/**
 * @param {string} label
 * @returns {(value: number) => string}
 */
export function axisFormat(label) {
  return MONEY_LABEL.test(label)
    ? (v) => formatMoney(v, { compact: true })
    : (v) => formatNumber(v, { compact: true });
}

/**
 * @param {ChartPart} part
 * @returns {import('./charts.js').ChartSpec}
 */
export function chartSpecFromPart(part) {
  const bar = part.kind === 'contributions' || part.kind === 'scenario';
  const series = part.series.map((s) => ({ name: prettyName(s.name), points: s.points }));
  /** @type {import('./charts.js').ChartSpec} */
  const spec = {
    type: bar ? 'bar' : 'line',
    title: part.title,
    xLabel: part.xLabel,
    yLabel: part.yLabel,
    series,
    xFormat: axisFormat(part.xLabel),
    yFormat: axisFormat(part.yLabel),
  };
  if (part.categories) spec.categories = part.categories.map(prettyName);
  return spec;
}
