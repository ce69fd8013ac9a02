import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

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
