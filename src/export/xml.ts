/** Characters XML 1.0 forbids even when escaped (C0 controls except tab/newline/CR, U+FFFE/FFFF, lone surrogates). */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const stripInvalidXml = (s: string) => s.replace(INVALID, '');

/** Any character that escaping or stripping would change. */
const NEEDS_WORK = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text or attribute value, escaped for XML. Tab, newline and CR are character references: a parser turns
 * them into spaces inside attributes and CR into newline in text, so the text would not read back the same.
 */
export function escapeXml(s: string): string {
  if (!NEEDS_WORK.test(s)) return s; // most values: numbers, ids, plain text
  return stripInvalidXml(s).replace(/[&<>"\t\n\r]/g, (c) => ENTITY[c]);
}
