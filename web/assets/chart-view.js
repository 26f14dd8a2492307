/**
 * Mounts a ChartSpec in the page: an SVG sized to its container (redrawn on resize), a legend,
 * a hover/focus tooltip and a "Show data" table for screen-reader and keyboard users.
 */

import { chartSvg } from './charts.js';
import { h } from './dom.js';

let chartCount = 0;

/**
 * @param {import('./charts.js').ChartSpec} spec
 * @returns {HTMLElement & { update?: (next: import('./charts.js').ChartSpec) => void }}
 */
export function chartView(spec) {
  const id = `mp-chart-${++chartCount}`;
  let current = spec;
  const canvas = h('div', { class: 'chart-canvas' });
  const tooltip = h('div', { class: 'chart-tooltip', role: 'status', hidden: true });
  const legend = h('ul', { class: 'chart-legend', 'aria-hidden': 'true' });
  const table = h('div', { class: 'table-wrap' });
  const figure = /** @type {HTMLElement & { update?: (next: typeof spec) => void }} */ (
    h(
      'figure',
      { class: 'chart', 'data-testid': 'chart' },
      h('figcaption', { class: 'chart-title' }, spec.title),
      canvas,
      tooltip,
      legend,
      h('details', { class: 'chart-data' }, h('summary', {}, 'Show data'), table),
    )
  );
  let lastWidth = 0;

  function draw() {
    const width = Math.round(canvas.clientWidth || 560);
    lastWidth = width;
    const height = width < 420 ? 220 : 280;
    canvas.innerHTML = chartSvg(current, { width, height, id });
  }

  function fill() {
    legend.replaceChildren(
      ...(current.type === 'bar' && current.series.every((s) => s.points.length === 1)
        ? []
        : current.series.map((s, k) =>
            h('li', {}, h('span', { class: `swatch s${k % 6}` }), s.name),
          )),
    );
    table.replaceChildren(dataTable(current));
  }

  figure.update = (next) => {
    current = next;
    fill();
    draw();
  };

  canvas.addEventListener('pointermove', (event) => {
    const target = /** @type {Element | null} */ (event.target);
    const tip = target?.closest?.('[data-tip]')?.getAttribute('data-tip');
    if (!tip) {
      tooltip.hidden = true;
      return;
    }
    const box = figure.getBoundingClientRect();
    tooltip.textContent = tip;
    tooltip.hidden = false;
    const x = Math.min(event.clientX - box.left + 12, box.width - tooltip.offsetWidth - 4);
    tooltip.style.transform = `translate(${Math.max(4, x)}px, ${event.clientY - box.top - 36}px)`;
  });
  canvas.addEventListener('pointerleave', () => {
    tooltip.hidden = true;
  });

  fill();
  queueMicrotask(draw);
  if (typeof ResizeObserver !== 'undefined') {
    new ResizeObserver(() => {
      if (Math.abs(Math.round(canvas.clientWidth) - lastWidth) > 2) draw();
    }).observe(canvas);
  }
  return figure;
}

/**
 * @param {import('./charts.js').ChartSpec} spec
 * @returns {HTMLTableElement}
 */
function dataTable(spec) {
  const xf = spec.xFormat ?? String;
  const yf = spec.yFormat ?? String;
  const xs = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p[0])))].sort(
    (a, b) => a - b,
  );
  const label = (/** @type {number} */ x) => spec.categories?.[x] ?? xf(x);
  if (spec.type === 'bar' && spec.series.every((s) => s.points.length === 1)) {
    return h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('th', {}, spec.xLabel), h('th', {}, spec.yLabel))),
      h(
        'tbody',
        {},
        ...spec.series.map((s) =>
          h('tr', {}, h('td', {}, s.name), h('td', {}, yf(s.points[0]?.[1] ?? 0))),
        ),
      ),
    );
  }
  return h(
    'table',
    {},
    h(
      'thead',
      {},
      h('tr', {}, h('th', {}, spec.xLabel), ...spec.series.map((s) => h('th', {}, s.name))),
    ),
    h(
      'tbody',
      {},
      ...xs.map((x) =>
        h(
          'tr',
          {},
          h('td', {}, label(x)),
          ...spec.series.map((s) => {
            const p = s.points.find((q) => q[0] === x);
            return h('td', {}, p ? yf(p[1]) : '–');
          }),
        ),
      ),
    ),
  );
}
