/**
 * A small, safe markdown renderer for agent answers. Every character of the input is
 * HTML-escaped before any markup is added, so raw HTML in an answer is shown as text.
 * Supports paragraphs, headings, bold, italics, inline and fenced code, links (http, https,
 * mailto and same-site paths only), bullet and numbered lists, tables, and [n] citations.
 */

/** @param {string} text */
export function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * @typedef {object} MarkdownOptions
 * @property {number} [citationCount] how many citations exist; `[n]` beyond it stays text
 * @property {string} [citationPrefix] id prefix of the source list items (`${prefix}-${n}`)
 */

const SAFE_URL = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

/**
 * Renders inline markdown of one line or cell to HTML.
 * @param {string} source
 * @param {MarkdownOptions} [options]
 * @returns {string}
 */
export function renderInline(source, options = {}) {
  /** @type {string[]} */
  const stash = [];
  const keep = (/** @type {string} */ html) => `\uE000${stash.push(html) - 1}\uE000`;
  let text = source.replace(/\uE000/g, '');
  text = text.replace(/`([^`]+)`/g, (_, code) => keep(`<code>${escapeHtml(code)}</code>`));
  text = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label, url) => {
    if (!SAFE_URL.test(url)) return whole;
    const external = /^(https?:|mailto:)/i.test(url);
    const attrs = external ? ' target="_blank" rel="noopener noreferrer"' : '';
    return keep(`<a href="${escapeHtml(url)}"${attrs}>${renderEmphasis(escapeHtml(label))}</a>`);
  });
  const count = options.citationCount ?? 0;
  const prefix = options.citationPrefix ?? 'source';
  text = text.replace(/\[(\d+(?:\s*,\s*\d+)*)\](?!\()/g, (whole, list) => {
    const numbers = String(list)
      .split(',')
      .map((n) => Number(n.trim()));
    if (numbers.some((n) => n < 1 || n > count)) return whole;
    const links = numbers.map(
      (n) =>
        `<a class="cite" href="#${escapeHtml(prefix)}-${n}" data-testid="citation-link" ` +
        `aria-label="Source ${n}">${n}</a>`,
    );
    return keep(`<sup class="cites">${links.join('')}</sup>`);
  });
  let html = renderEmphasis(escapeHtml(text));
  for (let depth = 0; depth < 3 && html.includes('\uE000'); depth++) {
    html = html.replace(/\uE000(\d+)\uE000/g, (_, i) => stash[Number(i)] ?? '');
  }
  return html;
}

/** @param {string} html already escaped text */
function renderEmphasis(html) {
  return html
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/__(?=\S)([\s\S]*?\S)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1<em>$2</em>');
}

/** @param {string} line */
function splitRow(line) {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*(\d+)[.)]\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*)$/;

/**
 * Renders a markdown answer to an HTML string that is safe to assign to `innerHTML`.
 * @param {string} source
 * @param {MarkdownOptions} [options]
 * @returns {string}
 */
export function renderMarkdown(source, options = {}) {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  /** @type {string[]} */
  const out = [];
  const inline = (/** @type {string} */ s) => renderInline(s, options);
  let i = 0;
  while (i < lines.length) {
    const line = /** @type {string} */ (lines[i]);
    if (line.trim() === '') {
      i++;
      continue;
    }
    if (/^\s*```/.test(line)) {
      /** @type {string[]} */
      const code = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(/** @type {string} */ (lines[i]))) {
        code.push(/** @type {string} */ (lines[i]));
        i++;
      }
      i++;
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(6, (heading[1] ?? '').length + 2);
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
      i++;
      continue;
    }
    const next = lines[i + 1];
    if (line.includes('|') && next !== undefined && TABLE_RULE.test(next)) {
      const header = splitRow(line);
      const aligns = splitRow(next).map((c) =>
        c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : '',
      );
      const cell = (
        /** @type {string} */ tag,
        /** @type {string} */ text,
        /** @type {number} */ k,
      ) => `<${tag}${aligns[k] ? ` class="align-${aligns[k]}"` : ''}>${inline(text)}</${tag}>`;
      const head = header.map((c, k) => cell('th', c, k)).join('');
      /** @type {string[]} */
      const body = [];
      i += 2;
      while (i < lines.length && /** @type {string} */ (lines[i]).includes('|')) {
        const cells = splitRow(/** @type {string} */ (lines[i]));
        body.push(`<tr>${header.map((_, k) => cell('td', cells[k] ?? '', k)).join('')}</tr>`);
        i++;
      }
      out.push(
        `<div class="table-wrap"><table><thead><tr>${head}</tr></thead>` +
          `<tbody>${body.join('')}</tbody></table></div>`,
      );
      continue;
    }
    if (BULLET.test(line) || ORDERED.test(line)) {
      const ordered = !BULLET.test(line);
      const pattern = ordered ? ORDERED : BULLET;
      /** @type {string[]} */
      const items = [];
      const first = ordered ? Number(ORDERED.exec(line)?.[1] ?? 1) : 1;
      while (i < lines.length) {
        const match = pattern.exec(/** @type {string} */ (lines[i]));
        if (!match) break;
        items.push(`<li>${inline((ordered ? match[2] : match[1]) ?? '')}</li>`);
        i++;
      }
      const tag = ordered ? 'ol' : 'ul';
      const start = ordered && first !== 1 ? ` start="${first}"` : '';
      out.push(`<${tag}${start}>${items.join('')}</${tag}>`);
      continue;
    }
    /** @type {string[]} */
    const para = [];
    while (i < lines.length) {
      const current = /** @type {string} */ (lines[i]);
      if (current.trim() === '' || /^\s*```/.test(current) || HEADING.test(current)) break;
      if (BULLET.test(current) || ORDERED.test(current)) break;
      const after = lines[i + 1];
      if (current.includes('|') && after !== undefined && TABLE_RULE.test(after)) break;
      para.push(inline(current.trim()));
      i++;
    }
    out.push(`<p>${para.join('<br>')}</p>`);
  }
  return out.join('\n');
}
