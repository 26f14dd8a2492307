/**
 * The scenario card: one spend slider per channel (0 to 3× reference) that re-runs
 * `POST /api/predict` (debounced) and shows the predicted KPI, the change against the
 * reference plan with its interval, and a live reference-vs-scenario spend chart. A scenario
 * that spreads channels evenly (`flighting`) is re-run with the same layout.
 */

import { chartView } from './chart-view.js';
import { debounce, h } from './dom.js';
import { formatMoney, formatNumber, formatPercent, formatSigned, prettyName } from './format.js';
import {
  channelOrder,
  compareTotals,
  layoutNote,
  readInterval,
  sliderRange,
} from './scenario-math.js';

let cardCount = 0;

/**
 * @typedef {object} ScenarioOptions
 * @property {import('./api.js').Api} api
 * @property {() => Promise<import('./types.js').Workspace | undefined>} workspace
 * @property {string} title
 * @property {Record<string, number>} reference
 * @property {Record<string, number>} scenario
 * @property {{ periods: number, unit: string }} horizon
 * @property {import('./types.js').Flighting} [flighting]
 */

/**
 * @param {ScenarioOptions} options
 * @returns {HTMLElement}
 */
export function scenarioCard(options) {
  const id = `mp-scn-${++cardCount}`;
  const { api, reference, horizon } = options;
  const flighting = options.flighting ?? {};
  const channels = channelOrder(reference, options.scenario);
  /** @type {Record<string, number>} */
  const plan = Object.fromEntries(
    channels.map((c) => [c, options.scenario[c] ?? reference[c] ?? 0]),
  );
  /** @type {Record<string, string>} */
  const labels = Object.fromEntries(channels.map((c) => [c, prettyName(c)]));

  const value = h('div', { class: 'kpi-value', 'data-testid': 'predicted-kpi' }, '…');
  const kpiLabel = h('div', { class: 'kpi-label' }, 'Predicted KPI');
  const delta = h('div', { class: 'kpi-delta', 'data-testid': 'predicted-delta' });
  const interval = h('div', { class: 'kpi-interval' });
  const readout = h(
    'div',
    { class: 'readout', 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'prediction' },
    kpiLabel,
    value,
    delta,
    interval,
  );
  const totals = h('p', { class: 'totals' });
  const layoutText = () => layoutNote(flighting, horizon.unit, (c) => labels[c] ?? prettyName(c));
  const layout = layoutText()
    ? h('p', { class: 'muted', 'data-testid': 'scenario-layout' }, layoutText())
    : undefined;
  const chart = chartView(spendSpec());
  const rows = channels.map((c) => sliderRow(c));

  const card = h(
    'section',
    { class: 'card scenario', 'data-testid': 'scenario-card', 'aria-labelledby': `${id}-h` },
    h(
      'header',
      {},
      h('h3', { id: `${id}-h` }, options.title),
      h(
        'p',
        { class: 'muted' },
        `Spend over the next ${horizon.periods} ${periodUnit(horizon)}. Move a slider to re-run the forecast.`,
      ),
      layout,
    ),
    h(
      'div',
      { class: 'scenario-grid' },
      readout,
      h('div', { class: 'sliders' }, ...rows.map((r) => r.el)),
    ),
    totals,
    chart,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'btn', onclick: () => reset(reference) },
        'Reset to current plan',
      ),
      h(
        'button',
        { type: 'button', class: 'btn', onclick: () => reset(options.scenario) },
        'Back to proposed plan',
      ),
    ),
  );

  /** @param {string} channel */
  function sliderRow(channel) {
    const ref = reference[channel] ?? 0;
    const range = sliderRange(ref, Object.values(reference));
    const start = plan[channel] ?? 0;
    const max = start > range.max ? Math.ceil((start * 1.25) / range.step) * range.step : range.max;
    const inputId = `${id}-${channel}`;
    const out = h('output', { for: inputId, class: 'slider-value', 'data-testid': 'slider-value' });
    const change = h('span', { class: 'slider-change' });
    const label = h('label', { for: inputId }, labels[channel] ?? channel);
    const input = h('input', {
      type: 'range',
      id: inputId,
      min: range.min,
      max,
      step: range.step,
      value: start,
      'data-testid': 'scenario-slider',
      'data-channel': channel,
    });
    input.addEventListener('input', () => {
      plan[channel] = Number(input.value);
      refreshLocal();
      schedule();
    });
    return {
      el: h(
        'div',
        { class: 'slider-row' },
        h('div', { class: 'slider-head' }, label, h('span', {}, out, change)),
        input,
      ),
      input,
      sync() {
        const v = plan[channel] ?? 0;
        out.textContent = formatMoney(v);
        input.setAttribute('aria-valuetext', formatMoney(v));
        const pct = ref > 0 ? v / ref - 1 : v > 0 ? 1 : 0;
        change.textContent =
          Math.abs(pct) < 0.0005 ? '' : formatPercent(pct, { signed: true, digits: 0 });
        change.className = `slider-change ${pct > 0 ? 'up' : 'down'}`;
      },
      /** @param {string} text */
      relabel(text) {
        label.textContent = text;
      },
    };
  }

  function spendSpec() {
    /** @type {import('./charts.js').ChartSpec} */
    const spec = {
      type: 'bar',
      title: 'Spend by channel: current plan vs scenario',
      xLabel: 'Channel',
      yLabel: 'Spend',
      categories: channels.map((c) => labels[c] ?? c),
      series: [
        { name: 'Current plan', points: channels.map((c, i) => [i, reference[c] ?? 0]) },
        { name: 'Scenario', points: channels.map((c, i) => [i, plan[c] ?? 0]) },
      ],
      xFormat: String,
      yFormat: (v) => formatMoney(v, { compact: true }),
    };
    return spec;
  }

  function refreshLocal() {
    for (const row of rows) row.sync();
    const t = compareTotals(reference, plan);
    totals.textContent =
      `Total spend ${formatMoney(t.scenario)}` +
      (Math.abs(t.change) < 0.5
        ? ' (same as the current plan)'
        : ` (${formatSigned(t.change, { money: true, compact: true })}, ${formatPercent(t.pct, { signed: true })} vs current plan)`);
    chart.update?.(spendSpec());
  }

  /** @type {AbortController | undefined} */
  let inflight;
  async function predict() {
    inflight?.abort();
    const controller = new AbortController();
    inflight = controller;
    readout.setAttribute('aria-busy', 'true');
    readout.classList.add('busy');
    try {
      const result = await api.predict({ ...plan }, horizon.periods, controller.signal, flighting);
      if (controller.signal.aborted) return;
      showResult(result);
    } catch (error) {
      if (controller.signal.aborted) return;
      value.textContent = '–';
      delta.textContent = error instanceof Error ? error.message : 'The forecast failed.';
      delta.className = 'kpi-delta error';
      interval.textContent = '';
    } finally {
      if (inflight === controller) {
        readout.removeAttribute('aria-busy');
        readout.classList.remove('busy');
      }
    }
  }
  const schedule = debounce(predict, 150);

  /** @param {import('./types.js').WhatIfResult} result */
  function showResult(result) {
    const kpi = result.scenario.kpi;
    const change = result.delta.kpi;
    const base = result.reference.kpi;
    value.textContent = formatNumber(kpi, { compact: true });
    value.title = formatNumber(kpi);
    const pct = base ? change / base : 0;
    delta.textContent = `${formatSigned(change, { compact: true })} (${formatPercent(pct, { signed: true })}) vs current plan`;
    delta.className = `kpi-delta ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`;
    const iv = readInterval(result.delta.interval);
    if (iv) {
      const level =
        iv.level === undefined ? '' : `${Math.round(iv.level <= 1 ? iv.level * 100 : iv.level)}% `;
      interval.textContent = `${level}interval: ${formatSigned(iv.low, { compact: true })} to ${formatSigned(iv.high, { compact: true })}`;
    } else interval.textContent = '';
  }

  /** @param {Record<string, number>} source */
  function reset(source) {
    for (const [i, c] of channels.entries()) {
      plan[c] = source[c] ?? reference[c] ?? 0;
      const row = rows[i];
      if (row) row.input.value = String(plan[c]);
    }
    refreshLocal();
    schedule();
  }

  options
    .workspace()
    .then((ws) => {
      if (!ws) return;
      if (ws.kpi) kpiLabel.textContent = `Predicted ${ws.kpi.replace(/_/g, ' ').toLowerCase()}`;
      for (const ch of ws.channels ?? [])
        if (ch.label && labels[ch.name] !== undefined) labels[ch.name] = ch.label;
      for (const [i, row] of rows.entries()) row.relabel(labels[channels[i] ?? ''] ?? '');
      if (layout) layout.textContent = layoutText();
      refreshLocal();
    })
    .catch(() => {});

  refreshLocal();
  predict();
  return card;
}

/**
 * The horizon's unit agreeing with its count: the API says `week` for 13 weeks.
 * @param {{ periods: number, unit: string }} horizon
 * @returns {string}
 */
export function periodUnit({ periods, unit }) {
  return periods === 1 || unit.endsWith('s') ? unit : `${unit}s`;
}
