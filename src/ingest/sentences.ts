import type { Span } from '../model/types.ts';

const END = new Set(['。', '！', '？', '；', '!', '?', ';', '…']);
const CLOSE = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》', '…']);
const BLANK = /[\s\u3000]/;

/**
 * Sentences of an article text: split after 。！？； and ellipses, keeping closing quotes with their
 * sentence, and at every line end. Spans are trimmed, never empty, always within the text.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let s = from;
  const emit = (a: number, b: number) => {
    while (a < b && BLANK.test(text[a])) a++;
    while (b > a && BLANK.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      emit(s, i);
      s = i + 1;
    } else if (END.has(c)) {
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
