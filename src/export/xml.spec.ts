import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, stripInvalidXml } from './xml.ts';

const slow = (s: string) => stripInvalidXml(s).replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
const decode = (s: string) => s.replace(/&amp;|&lt;|&gt;|&quot;|&#(\d+);/g, (e, n) => (n ? String.fromCharCode(Number(n)) : { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' }[e]!));

describe('escapeXml', () => {
  it('returns plain text unchanged and escapes the rest, as the full path does (2000 cases)', () => {
    expect(escapeXml('零陵区 3.25')).toBe('零陵区 3.25');
    expect(escapeXml('a&b<c>"d"\te\n\u0001\uD800')).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&#9;e&#10;');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(decode(escapeXml(s))).toBe(decode(slow(s)));
      }),
      { numRuns: 2000 },
    );
  });
});
