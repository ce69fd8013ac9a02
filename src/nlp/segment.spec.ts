import { readdirSync, readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { loadUserWords } from '../../extractors/index.ts';
import { addUserWords, dictionaries, releaseDictionaries, segment, unknownWordTag } from './segment.ts';

const seeds = new URL('../../seeds/', import.meta.url);

/** The tokens nodejieba.tag gives, with the same offsets rule as segment(). */
function viaTag(text: string) {
  let at = 0;
  const out = [];
  for (const { word, tag } of nodejieba.tag(text)) {
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    at = start + word.length;
    if (word.trim()) out.push({ word, tag, start, end: at });
  }
  return out;
}

describe('segment', () => {
  it('gives the words and tags of nodejieba.tag on the seed pages, cold and memoised', () => {
    loadUserWords();
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(file, seeds), 'utf8');
      for (const para of text.split('\n\n')) {
        const expected = viaTag(para);
        expect(segment(para)).toEqual(expected);
        expect(segment(para)).toEqual(expected);
      }
    }
  });

  it('tags words the segmenter finds by HMM, dictionary words and mixed words as tag() does', () => {
    for (const text of ['刘洁的心的家的钉钉子精神', '2023年G107国道和iPhone15', '听党话、跟党走，终不还', 'abc123 45 x9']) {
      expect(segment(text)).toEqual(viaTag(text));
    }
  });

  it('takes the tag of a word inserted after its tag was memoised', () => {
    expect(segment('他鉴赏古玩')[1]).toMatchObject({ word: '鉴赏', tag: 'v' });
    addUserWords([['鉴赏', 'nz']]);
    expect(segment('他鉴赏古玩')).toEqual(viaTag('他鉴赏古玩'));
    expect(segment('他鉴赏古玩')[1]).toMatchObject({ word: '鉴赏', tag: 'nz' });
  });

  it('follows cppjieba SpecialRule for unknown words', () => {
    expect(unknownWordTag('刘洁')).toBe('x');
    expect(unknownWordTag('12')).toBe('m');
    expect(unknownWordTag('1a')).toBe('m'); // counting stops at half the word
    expect(unknownWordTag('a1')).toBe('eng');
    expect(unknownWordTag('中1')).toBe('m');
  });

  it('segments as before after the dictionaries are released and loaded again, user words included', () => {
    loadUserWords();
    const page = readFileSync(new URL('000_2da82a6f435e105f.txt', seeds), 'utf8').slice(0, 3000);
    const before = segment(page);
    const generation = dictionaries();
    releaseDictionaries();
    // Released, jieba knows one word: a dictionary word falls apart into HMM guesses.
    expect(nodejieba.cut('中华人民共和国')).not.toEqual(['中华人民共和国']);
    loadUserWords();
    expect(nodejieba.cut('中华人民共和国')).toEqual(['中华人民共和国']);
    expect(dictionaries()).toBe(generation + 1);
    expect(segment(page)).toEqual(before);
  });
});

