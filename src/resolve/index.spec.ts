import { describe, expect, it } from 'vitest';
import type { AnalysedArticle, Article, Mention } from '../model/types.ts';
import { resolvePage, sentenceAt } from './index.ts';

function article(index: number, text: string): AnalysedArticle {
  const a: Article = {
    doc: 'p.txt', id: `p.txt#${index}`, index, title: '', byline: [], credits: [], text,
    paragraphs: [{ start: 0, end: text.length }], sentences: [], pageOffset: 0,
  };
  for (const m of text.matchAll(/[^。]+。?/g)) a.sentences.push({ start: m.index, end: m.index + m[0].length });
  return { article: a, tokens: [] };
}
const at = (text: string, surface: string, m: Omit<Mention, 'text' | 'start' | 'end'>): Mention => {
  const start = text.indexOf(surface);
  return { ...m, text: surface, start, end: start + surface.length };
};

describe('resolvePage', () => {
  it('keeps masked names apart per article and merges the others across the page', () => {
    const t0 = '民警抓获魏某德。王五在场。';
    const t1 = '魏某德供述了事实。王五说。';
    const arts = [article(0, t0), article(1, t1)];
    const found = [
      [at(t0, '魏某德', { type: 'person', source: 't', masked: true }), at(t0, '王五', { type: 'person', source: 't' })],
      [at(t1, '魏某德', { type: 'person', source: 't', masked: true }), at(t1, '王五', { type: 'person', source: 't' })],
    ];
    const ids = resolvePage('p.txt', arts, found).map((e) => e.id);
    expect(ids).toEqual(['person:王五', 'person:魏某德@p.txt#0', 'person:魏某德@p.txt#1']);
  });

  it('puts each occurrence in its sentence and drops aliases that differ only by quotes', () => {
    const t = '推进“四夜”行动。四夜行动成效明显。';
    const found = [[
      at(t, '“四夜”行动', { type: 'programme', source: 't', canonical: '四夜行动' }),
      { ...at(t.slice(9), '四夜行动', { type: 'programme', source: 't' }), start: 9, end: 13 },
    ]];
    const [e] = resolvePage('p.txt', [article(0, t)], found);
    expect(e.id).toBe('programme:四夜行动');
    expect(e.aliases).toEqual([]);
    expect(e.occurrences.map((o) => o.sentence)).toEqual([0, 1]);
  });

  it('finds the sentence of an offset', () => {
    const s = [{ start: 0, end: 5 }, { start: 5, end: 9 }, { start: 9, end: 20 }];
    expect([0, 4, 5, 10, 19].map((x) => sentenceAt(s, x))).toEqual([0, 0, 1, 2, 2]);
  });
});
