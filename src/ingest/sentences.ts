import type { Span } from '../model/types.ts';

/** Sentence ends by char code, as a flag table: one array read per character of the text. */
const END_CODES = new Uint8Array(0x10000);
for (const c of '。！？；!?;…') END_CODES[c.charCodeAt(0)] = 1;
const CLOSE = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》', '…']);
const BLANK = /[\s\u3000]/;
const SOFT = new Set(['，', '、', '：', ',', ':', ' ']);
/** Longest sentence handed on: a run without sentence ends (a table, a broken page) is cut softly. */
export const MAX_SENTENCE = 1000;

/**
 * Sentences of an article text: split after 。！？； and ellipses, keeping closing quotes with their
 * sentence, and at every line end. Spans are trimmed, never empty, always within the text, and at
 * most MAX_SENTENCE long (cut after a comma where there is one).
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let s = from;
  const emit = (a: number, b: number) => {
    while (a < b && BLANK.test(text[a])) a++;
    while (b > a && BLANK.test(text[b - 1])) b--;
    while (b - a > MAX_SENTENCE) {
      let cut = a + MAX_SENTENCE;
      for (let k = cut - 1; k > a + MAX_SENTENCE / 2; k--) {
        if (SOFT.has(text[k])) {
          cut = k + 1;
          break;
        }
      }
      if (cut === a + MAX_SENTENCE && /[\ud800-\udbff]/.test(text[cut - 1])) cut--; // keep surrogate pairs whole
      let end = cut;
      while (end > a && BLANK.test(text[end - 1])) end--; // a space is a soft cut too: the span stays trimmed
      out.push({ start: a, end });
      a = cut;
      while (a < b && BLANK.test(text[a])) a++;
    }
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = from; i < to; i++) {
    // By char code: text[i] would build a string for every CJK character.
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      emit(s, i);
      s = i + 1;
    } else if (END_CODES[c]) {
      let j = i + 1;
      while (j < to && CLOSE.has(text[j])) j++;
      emit(s, j);
      s = j;
      i = j - 1;
    }
  }
  emit(s, to);
  return out;
}
