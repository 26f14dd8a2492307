const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Control characters XML 1.0 forbids (tab, newline and carriage return are allowed). */
function allowed(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Escapes text for HTML and XML content and attribute values. */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) if (allowed(ch)) out += ENTITIES[ch] ?? ch;
  return out;
}
