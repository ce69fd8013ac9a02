/** Characters XML 1.0 forbids even when escaped (C0 controls except tab/newline/CR, U+FFFE/FFFF, lone surrogates). */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const stripInvalidXml = (s: string) => s.replace(INVALID, '');

/** Text or attribute value, escaped for XML. */
export function escapeXml(s: string): string {
  return stripInvalidXml(s).replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
