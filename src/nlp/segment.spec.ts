import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { extractors, loadUserWords } from '../../extractors/index.ts';
import { addUserWords, dictionaries, releaseDictionaries, segment } from './segment.ts';

const seeds = new URL('../../seeds/', import.meta.url);

// The reference: nodejieba.tag with the same user words as our segmenter (native/jieba.cc) gets.
for (const e of extractors) for (const [word, tag] of e.userWords?.() ?? []) nodejieba.insertWord(word, tag);

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
  it('gives the words and tags of nodejieba.tag on the seed pages', () => {
    loadUserWords();
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(new URL(file, seeds), 'utf8');
      for (const para of text.split('\n\n')) expect(segment(para)).toEqual(viaTag(para));
    }
  });

  it('tags words the segmenter finds by HMM, dictionary words, numbers and Latin words as tag() does', () => {
    for (const text of ['刘洁的心的家的钉钉子精神', '2023年G107国道和iPhone15', '听党话、跟党走，终不还', 'abc123 45 x9', '1a a1 中1 12']) {
      expect(segment(text)).toEqual(viaTag(text));
    }
  });

  it('gives offsets in UTF-16 units, past characters outside the BMP and lone surrogates', () => {
    for (const text of ['𠮷野家在长沙开店，𠀀𠀁也来了', '半个\ud800字符在长沙']) {
      const tokens = segment(text);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
      expect(tokens.map((t) => t.word).join('')).toBe(text);
      if (!text.includes('\ud800')) expect(tokens).toEqual(viaTag(text));
    }
  });

  it('takes the tag of a word inserted later', () => {
    expect(segment('他鉴赏古玩')[1]).toMatchObject({ word: '鉴赏', tag: 'v' });
    addUserWords([['鉴赏', 'nz']]);
    nodejieba.insertWord('鉴赏', 'nz');
    expect(segment('他鉴赏古玩')).toEqual(viaTag('他鉴赏古玩'));
    expect(segment('他鉴赏古玩')[1]).toMatchObject({ word: '鉴赏', tag: 'nz' });
  });

  it('finds user words outside the BMP and words that extend or start other words, as tag() does', () => {
    const words: [string, string][] = [['𠮷野家', 'nz'], ['长沙𠀀店', 'ns'], ['开店铺面', 'n'], ['开店铺面租金', 'n'], ['野家在', 'v']];
    addUserWords(words);
    for (const [word, tag] of words) nodejieba.insertWord(word, tag);
    for (const text of ['𠮷野家在长沙𠀀店开店铺面', '开店铺面租金涨了，开店铺面少了', '𠮷野家在']) {
      expect(segment(text)).toEqual(viaTag(text));
    }
    expect(segment('开店铺面租金')).toEqual([{ word: '开店铺面租金', tag: 'n', start: 0, end: 6 }]);
  });

  it('tags a one-character user word of frequency 0 (weight -inf) with its dictionary tag, as LookupTag does', async () => {
    // Its own dictionaries, so in a thread of its own: the addon's dictionaries are per thread.
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dict-'));
    try {
      writeFileSync(join(dir, 'user.dict.utf8'), '甲 0 n\n乙 nz\n');
      const require = createRequire(import.meta.url);
      const dict = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict');
      const paths = [join(dict, 'jieba.dict.utf8'), join(dict, 'hmm_model.utf8'), join(dir, 'user.dict.utf8'), fileURLToPath(new URL('./data/idf.utf8', import.meta.url)), join(dict, 'stop_words.utf8')];
      const addon = fileURLToPath(new URL('../../build/Release/newsgraph_jieba.node', import.meta.url));
      const code = `const a = require(${JSON.stringify(addon)}); a.load(...${JSON.stringify(paths)});
        const words = (t) => { const r = a.tag(t), out = []; for (let k = 0; k < r.length; k += 3) out.push(t.slice(r[k], r[k + 1]) + '/' + a.tagName(r[k + 2])); return out; };
        require('node:worker_threads').parentPort.postMessage(['甲', '乙甲'].map(words));`;
      const worker = new Worker(code, { eval: true });
      const [tagged] = await once(worker, 'message');
      await worker.terminate();
      expect(tagged).toEqual([['甲/n'], ['乙/nz', '甲/n']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the first tag of a user word given twice', () => {
    addUserWords([['古玩城主', 'nt'], ['古玩城主', 'v']]);
    expect(segment('他是古玩城主')).toContainEqual({ word: '古玩城主', tag: 'nt', start: 2, end: 6 });
  });

  it('shares the dictionaries, user words included, with the other threads of the process', async () => {
    addUserWords([['古玩鉴赏会', 'nz']]);
    const text = '他去古玩鉴赏会看看';
    expect(segment(text).map((t) => t.word)).toContain('古玩鉴赏会');
    // The other thread adds no user word: it can only find this one in the same dictionaries.
    const url = new URL('./segment.ts', import.meta.url).href;
    const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })
      .then(({ segment }) => require('node:worker_threads').parentPort.postMessage(segment(${JSON.stringify(text)}).map((t) => t.word)))`;
    const worker = new Worker(code, { eval: true });
    const [words] = await once(worker, 'message');
    await worker.terminate();
    expect(words).toContain('古玩鉴赏会');
  });

  it('segments as before after the dictionaries are released and loaded again, user words included', () => {
    loadUserWords();
    const page = readFileSync(new URL('000_2da82a6f435e105f.txt', seeds), 'utf8').slice(0, 3000);
    const before = segment(page);
    const generation = dictionaries();
    releaseDictionaries();
    loadUserWords();
    expect(dictionaries()).toBe(generation + 1);
    expect(segment(page)).toEqual(before);
  });
});
