import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import type { Token } from '../model/types.ts';

const loaded = new Set<string>();

// nodejieba never frees its dictionaries, not even when a worker thread ends: ~270 MB per thread
// (two tries: its load() builds one for cut and one for textRankExtract). Loading a one-word dictionary
// in their place frees them; the next segmentation loads the real ones again.
const RELEASE_DICT = fileURLToPath(new URL('./data/release-dict.utf8', import.meta.url));
const RELEASE_IDF = fileURLToPath(new URL('./data/release-idf.utf8', import.meta.url));
let used = false;
let released = false;
let generation = 0;

/** Frees jieba's dictionaries in this thread (see above). User words and tags are dropped with them. */
export function releaseDictionaries(): void {
  if (!used || released) return;
  nodejieba.load({ dict: RELEASE_DICT, userDict: RELEASE_DICT, idfDict: RELEASE_IDF });
  loaded.clear();
  tags.clear();
  released = true;
}

/**
 * Loads the real dictionaries again if they were released; returns their generation, which changes
 * with every reload, so that callers holding user words know to add them again.
 */
export function dictionaries(): number {
  used = true;
  if (released) {
    nodejieba.load();
    released = false;
    generation++;
  }
  return generation;
}

/** Load words into nodejieba's user dictionary once, so segmentation keeps them whole. */
export function addUserWords(words: Iterable<readonly [word: string, tag: string]>): void {
  dictionaries();
  for (const [word, tag] of words) {
    if (!word || loaded.has(word)) continue;
    loaded.add(word);
    nodejieba.insertWord(word, tag);
    tags.delete(word); // its tag is the inserted one now
  }
}

/**
 * nodejieba.tag(text) is cut(text, HMM) followed by a context-free dictionary lookup per word (cppjieba
 * PosTagger::LookupTag), at 2× the cost of the cut. The lookup is memoised here instead: one tag() call
 * per new word. Words seen once keep their tag; the table is cleared when it grows past MAX_TAGS.
 */
const tags = new Map<string, string>();
const MAX_TAGS = 500_000;

/** PosTagger::SpecialRule: the tag of a word missing from the dictionary. */
export function unknownWordTag(word: string): string {
  const runes = [...word];
  let eng = 0;
  let digits = 0;
  for (let i = 0; i < runes.length && eng < Math.floor(runes.length / 2); i++) {
    const c = runes[i].codePointAt(0)!;
    if (c < 0x80) {
      eng++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  return eng === 0 ? 'x' : digits === eng ? 'm' : 'eng';
}

/** The dictionary tag of `word`, or undefined when only tagging a whole text tells it. */
function lookupTag(word: string): string | undefined {
  const known = tags.get(word);
  if (known !== undefined) return known;
  const alone = nodejieba.tag(word);
  let tag: string;
  if (alone.length === 1 && alone[0].word === word) tag = alone[0].tag;
  // Cut apart when alone: a dictionary word (cutAll lists every dictionary word in it) is tagged from
  // the text it came from; any other word gets the unknown-word tag.
  else if (nodejieba.cutAll(word).includes(word)) return undefined;
  else tag = unknownWordTag(word);
  remember(word, tag);
  return tag;
}

function remember(word: string, tag: string): void {
  if (tags.size >= MAX_TAGS) tags.clear();
  tags.set(word, tag);
}

/** Segment text with POS tags; tokens carry offsets into `text` and cover it without gaps. */
export function segment(text: string): Token[] {
  dictionaries();
  let words: string[] = nodejieba.cut(text, true);
  let wordTags = words.map(lookupTag);
  if (wordTags.includes(undefined)) {
    const tagged = nodejieba.tag(text);
    words = tagged.map((t) => t.word);
    wordTags = tagged.map((t) => t.tag);
    for (const t of tagged) if (!tags.has(t.word)) remember(t.word, t.tag);
  }
  const tokens: Token[] = [];
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    // jieba returns the input split without loss; find() guards against a dropped character.
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    at = start + word.length;
    if (word.trim()) tokens.push({ word, tag: wordTags[k]!, start, end: at });
  }
  return tokens;
}

/** Raw jieba segmentation, the throughput baseline the benches compare against. */
export function rawCut(text: string): string[] {
  dictionaries();
  return nodejieba.cut(text);
}
