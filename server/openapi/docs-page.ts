type Json = Record<string, unknown>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** `code` spans for backticks, after escaping. */
const prose = (text: unknown) =>
  typeof text === 'string' ? escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>') : '';

const schemaBlock = (schema: unknown) =>
  `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`;

function operationHtml(path: string, method: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const body = (op.requestBody as { content?: Record<string, { schema: unknown }> } | undefined)
    ?.content;
  const responses =
    (op.responses as Record<
      string,
      { description?: string; content?: Record<string, { schema: unknown }> }
    >) ?? {};
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
  return `<section class="op" id="${id}">
  <h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
  <p class="summary">${prose(op.summary)}</p>
  ${op.description ? `<p>${prose(op.description)}</p>` : ''}
  ${Array.isArray(op.security) && op.security.length === 0 ? '<p class="note">No authentication.</p>' : ''}
  ${
    params.length > 0
      ? `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr></thead><tbody>${params
          .map(
            (p) =>
              `<tr><td><code>${escapeHtml(String(p.name))}</code>${p.required ? ' <span class="req">required</span>' : ''}</td><td>${escapeHtml(String(p.in))}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td><td>${prose(p.description)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : ''
  }
  ${
    body
      ? `<h4>Request body</h4>${Object.entries(body)
          .map(
            ([type, c]) =>
              `<details><summary><code>${escapeHtml(type)}</code></summary>${schemaBlock(c.schema)}</details>`,
          )
          .join('')}`
      : ''
  }
  <h4>Responses</h4><ul class="responses">${Object.entries(responses)
    .map(
      ([status, r]) =>
        `<li><b>${escapeHtml(status)}</b> ${prose(r.description)}${Object.entries(r.content ?? {})
          .map(
            ([type, c]) =>
              `<details><summary><code>${escapeHtml(type)}</code></summary>${schemaBlock(c.schema)}</details>`,
          )
          .join('')}</li>`,
    )
    .join('')}</ul>
</section>`;
}

/** A self-contained API reference page (no scripts, no CDN) rendered from the OpenAPI document. */
export function renderDocsPage(doc: Json): string {
  const info = doc.info as { title: string; version: string; description?: string };
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags as string[] | undefined)?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)]);
      const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
      toc.set(tag, [
        ...(toc.get(tag) ?? []),
        `<li><a href="#${id}"><span class="m ${method}">${method.toUpperCase()}</span> ${escapeHtml(path)}</a></li>`,
      ]);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f2937;background:#f9fafb}
.wrap{display:grid;grid-template-columns:260px 1fr;max-width:1200px;margin:auto}
nav{position:sticky;top:0;height:100vh;overflow:auto;padding:1rem;border-right:1px solid #e5e7eb;font-size:13px}
nav ul{list-style:none;padding:0;margin:0 0 1rem}nav a{color:inherit;text-decoration:none;display:block;padding:2px 0}
main{padding:1rem 2rem}h1{margin-top:0}.op{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
.m{display:inline-block;min-width:3.5em;text-align:center;border-radius:4px;font-size:12px;font-weight:700;color:#fff;padding:1px 4px}
.get{background:#2563eb}.post{background:#059669}.delete{background:#dc2626}
pre{background:#111827;color:#e5e7eb;padding:.75rem;border-radius:6px;overflow:auto;font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-top:1px solid #e5e7eb;padding:4px 6px;text-align:left;vertical-align:top}
code{font-size:90%}.req{color:#b45309;font-size:11px}.note{color:#6b7280}
@media (max-width:800px){.wrap{grid-template-columns:1fr}nav{position:static;height:auto;border:0}}
</style></head><body><div class="wrap">
<nav aria-label="Endpoints">${[...toc].map(([tag, items]) => `<h2>${escapeHtml(tag)}</h2><ul>${items.join('')}</ul>`).join('')}<p><a href="/openapi.json">openapi.json</a></p></nav>
<main><h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1><p>${prose(info.description)}</p>
<p>Authenticate with <code>Authorization: Bearer &lt;key&gt;</code>: a workspace API key (<code>mixpilot keys create</code>) or a JWT with a <code>workspace</code> claim. Errors are always <code>{ "error": { "code", "message", "issues": [{ "field", "reason", "row"? }] } }</code>.</p>
${[...byTag].map(([tag, ops]) => `<h2>${escapeHtml(tag)}</h2>${ops.join('\n')}`).join('\n')}
</main></div></body></html>`;
}
