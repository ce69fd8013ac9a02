import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, splitSentences } from './sentences.ts';

const cut = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on 。！？； and ellipses, keeping closing quotes', () => {
    expect(cut('“真是既省钱又省心。”3月27日，李阿姨说！好吗？是；不……他走了')).toEqual([
      '“真是既省钱又省心。”',
      '3月27日，李阿姨说！',
      '好吗？',
      '是；',
      '不……',
      '他走了',
    ]);
  });
  it('splits at line ends and keeps a trailing byline apart', () => {
    expect(cut('零陵“四夜”进社区暖民心\n实现基层治理大提升。（单建华杨情陆）')).toEqual([
      '零陵“四夜”进社区暖民心',
      '实现基层治理大提升。',
      '（单建华杨情陆）',
    ]);
  });
  it('cuts a run without sentence ends after a comma, under MAX_SENTENCE', () => {
    const text = '永州市公安局开展专项行动，'.repeat(200);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text[s.end - 1]).toBe('，');
    }
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    const hard = splitSentences('甲'.repeat(2500));
    expect(hard.map((s) => s.end - s.start)).toEqual([1000, 1000, 500]);
  });
  it('never yields empty spans and stays inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('。', '！', '”', '\n', ' ', '…', '甲', 'a') }), (t) => {
        let last = 0;
        for (const s of splitSentences(t)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(s.start, s.end).trim()).not.toBe('');
          last = s.end;
        }
      }),
    );
  });
});
