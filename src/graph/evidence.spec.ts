import { describe, expect, it } from 'vitest';
import { EvidenceLists, flatItems, MAX_EVIDENCE, shareTexts, statesRelation } from './evidence.ts';
import { seededRandom } from './metrics.ts';

const items = (lists: EvidenceLists, list: number) => flatItems(lists.flatten(Int32Array.of(list)), articles, 0);
const articles = { id: ['b#0', 'a#1', 'a#0'], doc: ['b', 'a', 'a'], text: ['一二三四五六七八九十'.repeat(3), '甲乙丙丁戊己庚辛壬癸'.repeat(3), '子丑寅卯辰巳午未申酉'.repeat(3)] };

describe('EvidenceLists', () => {
  it('keeps the best five of each list under (tier, shorter, article, offset), whatever the order offered', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const candidates = Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
        const start = Math.floor(random() * 10);
        return { tier: Math.floor(random() * 4), article: Math.floor(random() * 3), start, end: start + 1 + Math.floor(random() * 5) };
      });
      const key = (c: (typeof candidates)[0]) => `${c.tier}|${c.end - c.start}|${articles.id[c.article]}|${String(c.start).padStart(2, '0')}`;
      const expected = [...new Map(candidates.map((c) => [key(c), c])).values()].sort((x, y) => (key(x) < key(y) ? -1 : 1)).slice(0, MAX_EVIDENCE);
      const lists = new EvidenceLists(articles);
      const shuffled = [...candidates].sort(() => random() - 0.5);
      for (const c of candidates) lists.offer(round, c.tier, c.article, c.start, c.end);
      for (const c of shuffled) lists.offer(round + 1, c.tier, c.article, c.start, c.end);
      const got = items(lists, round);
      expect(got).toEqual(expected.map((c) => ({ article: articles.id[c.article], doc: articles.doc[c.article], start: c.start, end: c.end, text: articles.text[c.article].slice(c.start, c.end) })));
      expect(items(lists, round + 1)).toEqual(got);
    }
  });

  it('reuses the items it drops; a list never offered to, or -1, is empty', () => {
    const lists = new EvidenceLists(articles);
    for (let i = 0; i < 5000; i++) lists.offer(0, 1, 0, i % 20, (i % 20) + 1 + (i % 7));
    expect(items(lists, 0).map((e) => e.end - e.start)).toEqual([1, 1, 1, 1, 1]);
    expect(items(lists, 3)).toEqual([]);
    expect(items(lists, -1)).toEqual([]);
  });

  it('slices the same evidence from shared texts, characters outside the BMP and lone surrogates included', () => {
    const texts = { id: ['x#0', 'x#1', 'x#2'], doc: ['x', 'x', 'x'], text: ['𠮷野家在长沙', '', '半个\ud800字，\udc00也在'] };
    const lists = new EvidenceLists(texts);
    lists.offer(0, 0, 0, 0, 4);
    lists.offer(0, 1, 2, 1, 7);
    lists.offer(1, 0, 2, 2, 3);
    const flat = lists.flatten(Int32Array.of(0, 1));
    const shared = shareTexts(texts);
    expect(shared.units.buffer).toBeInstanceOf(SharedArrayBuffer);
    for (const e of [0, 1]) expect(flatItems(flat, shared, e)).toEqual(flatItems(flat, texts, e));
    expect(flatItems(flat, shared, 1)[0].text).toBe('\ud800');
  });
});

describe('statesRelation', () => {
  it('finds a cue word inside the range only, at its edges too', () => {
    const text = '会上，县委书记张三主持。李四调研。';
    expect(statesRelation(text)).toBe(true);
    expect(statesRelation('张三、李四、王五参加。')).toBe(false);
    const s = text.indexOf('书记');
    expect(statesRelation(text, s, s + 2)).toBe(true); // the cue is the whole range
    expect(statesRelation(text, s, s + 1)).toBe(false); // cut inside the cue: 书 alone is no cue
    expect(statesRelation(text, s + 1, text.indexOf('李四'))).toBe(true); // 主持 later in the range
    expect(statesRelation(text, 0, s + 1)).toBe(false);
    expect(statesRelation(text, text.indexOf('李四'), text.indexOf('李四') + 2)).toBe(false); // 调研 starts after the end
  });
});
