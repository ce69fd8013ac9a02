import nodejieba from 'nodejieba';
import type { Token } from '../model/types.ts';

const loaded = new Set<string>();

/** Load words into nodejieba's user dictionary once, so segmentation keeps them whole. */
export function addUserWords(words: Iterable<readonly [word: string, tag: string]>): void {
  for (const [word, tag] of words) {
    if (!word || loaded.has(word)) continue;
    loaded.add(word);
    nodejieba.insertWord(word, tag);
  }
}

/** Segment text with POS tags; tokens carry offsets into `text` and cover it without gaps. */
export function segment(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    // jieba returns the input split without loss; find() guards against a dropped character.
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0) continue;
    at = start + word.length;
    if (word.trim()) tokens.push({ word, tag, start, end: at });
  }
  return tokens;
}

/** Raw jieba segmentation, the throughput baseline the benches compare against. */
export const rawCut = (text: string): string[] => nodejieba.cut(text);
