// Property tests: reading and splitting never throw on any input, and every offset stays inside its text.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError, pageFromBytes, rawSpan, splitArticles, splitSentences } from '../../src/ingest/index.ts';
import { MAX_SENTENCE } from '../../src/ingest/sentences.ts';
import type { Page, Span } from '../../src/model/types.ts';
import { anyText, pageText, timed } from './arbitraries.ts';

/** Runs per property (docs/robustness.md lists them). */
export const RUNS = { bytes: 1000, pages: 1000, sentences: 3000 };

function expectSpans(spans: readonly Span[], from: number, to: number, what: string) {
  let last = from;
  for (const s of spans) {
    if (!(s.start >= last && s.start < s.end && s.end <= to)) {
      throw new Error(`${what}: span ${s.start}-${s.end} is empty, overlaps or leaves ${from}-${to} (previous end ${last})`);
    }
    last = s.end;
  }
}

/** Everything a page promises: offset map in bounds and monotone inside paragraphs, nested spans. */
function checkPage(page: Page) {
  const { text, raw, toRaw } = page;
  expect(toRaw.length).toBe(text.length + 1);
  for (let i = 0; i < toRaw.length; i++) {
    if (toRaw[i] < 0 || toRaw[i] > raw.length) throw new Error(`toRaw[${i}] = ${toRaw[i]} is outside raw (0-${raw.length})`);
  }
  const articles = timed('splitArticles', 1000, () => splitArticles(page));
  let end = 0;
  for (const a of articles) {
    expect(a.pageOffset).toBeGreaterThanOrEqual(end);
    end = a.pageOffset + a.text.length;
    expect(text.slice(a.pageOffset, end)).toBe(a.text);
    expectSpans(a.paragraphs, 0, a.text.length, `${a.id} paragraphs`);
    for (const p of a.paragraphs) {
      for (let i = p.start + 1; i < p.end; i++) {
        const at = a.pageOffset + i;
        if (toRaw[at] < toRaw[at - 1]) throw new Error(`${a.id}: toRaw goes back inside a paragraph at ${at}`);
      }
      const r = rawSpan(page, a.pageOffset + p.start, a.pageOffset + p.end);
      if (!(r.start >= 0 && r.start < r.end && r.end <= raw.length)) throw new Error(`${a.id}: rawSpan ${r.start}-${r.end} outside raw`);
    }
    expectSpans(a.sentences, 0, a.text.length, `${a.id} sentences`);
    for (const s of a.sentences) {
      const inside = a.paragraphs.some((p) => p.start <= s.start && s.end <= p.end);
      if (!inside) throw new Error(`${a.id}: sentence ${s.start}-${s.end} crosses a paragraph`);
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    }
  }
  expect(end).toBeLessThanOrEqual(text.length);
}

/** A page, or an IngestError with a reason; any other exception fails the property. */
function read(bytes: Uint8Array): Page | null {
  try {
    return timed('pageFromBytes', 1000, () => pageFromBytes('p.txt', bytes));
  } catch (err) {
    if (err instanceof IngestError && err.message) return null;
    throw err;
  }
}

describe('pageFromBytes and splitArticles (properties)', () => {
  it('any bytes: a page or an IngestError with a reason, and a readable page keeps its promises', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        const page = read(bytes);
        if (page) checkPage(page);
      }),
      { numRuns: RUNS.bytes },
    );
  });

  it('any page-like text, as UTF-8 (with and without BOM), GB18030 and UTF-16LE: offsets stay inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(pageText(), anyText(2000)), fc.constantFrom('utf8', 'bom', 'gb18030', 'utf16le'), (text, enc) => {
        const bytes =
          enc === 'utf16le'
            ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
            : enc === 'gb18030'
              ? iconv.encode(text, 'gb18030')
              : Buffer.from((enc === 'bom' ? '\ufeff' : '') + text);
        const page = read(bytes);
        if (page) checkPage(page);
      }),
      { numRuns: RUNS.pages },
    );
  });
});

describe('splitSentences (properties)', () => {
  it('any text: trimmed, non-empty, disjoint spans in order, none longer than MAX_SENTENCE', () => {
    fc.assert(
      fc.property(anyText(3000), (text) => {
        const spans = timed('splitSentences', 1000, () => splitSentences(text));
        expectSpans(spans, 0, text.length, 'sentences');
        for (const s of spans) {
          expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
          expect(/^[\s\u3000]|[\s\u3000]$/.test(text.slice(s.start, s.end))).toBe(false);
        }
        // Nothing but blanks is left out.
        const covered = new Set<number>();
        for (const s of spans) for (let i = s.start; i < s.end; i++) covered.add(i);
        for (let i = 0; i < text.length; i++) if (!covered.has(i) && !/[\s\u3000]/.test(text[i])) throw new Error(`character ${i} (${JSON.stringify(text[i])}) is in no sentence`);
      }),
      // Found by this property: a long run cut at a space kept the space at the sentence end.
      { numRuns: RUNS.sentences, examples: [[`${'永'.repeat(700)} ${'永'.repeat(700)}`]] },
    );
  });
});
