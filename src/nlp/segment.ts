import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import type { Token } from '../model/types.ts';

/** native/jieba.cc: cppjieba with nodejieba's dictionaries, loaded once per process and shared by its threads. */
interface JiebaAddon {
  load(dict: string, hmm: string, userDict: string, idf: string, stopWords: string): void;
  release(): void;
  /** The number of the load in use in this thread, 0 when none. */
  generation(): number;
  insertWord(word: string, tag: string): boolean;
  /** [start, end, tag number] per word, in UTF-16 offsets of the text. */
  tag(text: string): Int32Array;
  tagName(id: number): string;
}

const require = createRequire(import.meta.url);
const ADDON = '../../build/Release/newsgraph_jieba.node';
/** nodejieba's dictionaries: the same words, frequencies and tags as nodejieba.cut (the bench's baseline). */
const DICT = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict');
/** The keyword extractor cppjieba builds is never used: a one-word IDF list keeps it small. */
const IDF = fileURLToPath(new URL('./data/idf.utf8', import.meta.url));

let addon: JiebaAddon | undefined;
/** Tag numbers → names, as the addon numbers them in this thread. */
const tagNames: string[] = [];

function jieba(): JiebaAddon {
  if (addon) return addon;
  try {
    addon = require(ADDON) as JiebaAddon;
  } catch (err) {
    throw new Error(`the segmenter is not built (${ADDON.slice(6)}: ${(err as Error).message.split('\n')[0]}); run 'npm install' (or 'npx node-gyp rebuild') in the project`);
  }
  return addon;
}

/**
 * Lets go of jieba's dictionaries in this thread: they are freed when no thread of the process holds
 * them, and the next segmentation loads them again (without the user words, if they were freed).
 */
export function releaseDictionaries(): void {
  if (addon?.generation()) addon.release();
}

/**
 * Loads the dictionaries (nodejieba's own files) if they are not loaded; returns their generation, which
 * changes with every load, so that callers holding user words know to add them again.
 */
export function dictionaries(): number {
  const loaded = jieba().generation();
  if (loaded) return loaded;
  const paths = [join(DICT, 'jieba.dict.utf8'), join(DICT, 'hmm_model.utf8'), join(DICT, 'user.dict.utf8'), IDF, join(DICT, 'stop_words.utf8')];
  // cppjieba ends the process on a missing file: say which one instead.
  const missing = paths.find((p) => !existsSync(p));
  if (missing) throw new Error(`jieba dictionary ${missing} is missing; reinstall with 'npm ci'`);
  jieba().load(...(paths as [string, string, string, string, string]));
  return jieba().generation();
}

/**
 * Add words to jieba's dictionary (with their POS tags), so segmentation keeps them whole; a word added twice
 * keeps its first tag (the addon keeps the words it was given). The dictionary is the process's: every thread
 * segments with the words any thread added (the pipeline's threads all add the same ones, loadUserWords).
 */
export function addUserWords(list: Iterable<readonly [word: string, tag: string]>): void {
  dictionaries();
  for (const [word, tag] of list) if (word) jieba().insertWord(word, tag);
}

/**
 * Segment text with POS tags: jieba's cut with HMM, each word with its dictionary tag (x, m or eng when it
 * has none), as nodejieba.tag gives them. Tokens carry offsets into `text`; spaces are left out.
 */
export function segment(text: string): Token[] {
  dictionaries();
  const found = jieba().tag(text);
  const tokens: Token[] = [];
  for (let k = 0; k < found.length; k += 3) {
    const start = found[k];
    const end = found[k + 1];
    const word = text.slice(start, end);
    if (mayBeSpace(text.charCodeAt(start)) && !word.trim()) continue;
    const id = found[k + 2];
    tokens.push({ word, tag: tagNames[id] ?? (tagNames[id] = jieba().tagName(id)), start, end });
  }
  return tokens;
}

/** False for a character String.prototype.trim never removes (most words start with one: trim is not called). */
const mayBeSpace = (c: number) => c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x205f) || c === 0x3000 || c === 0xfeff;

/** Raw nodejieba segmentation, the throughput baseline the benches compare against. */
export function rawCut(text: string): string[] {
  return nodejieba.cut(text);
}
