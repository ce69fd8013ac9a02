import { grown, sharedInt32 } from './arrays.ts';
import cueData from './relation-cues.json' with { type: 'json' };
import { byKey, type Evidence } from './types.ts';

/** At most this many evidence items per edge. */
export const MAX_EVIDENCE = 5;

const CUES: readonly string[] = cueData.cues;

/** Cues by their first character, and those characters as a flag table: a sentence is read once, not once per cue. */
const CUES_BY_FIRST = new Map<number, string[]>();
for (const cue of CUES) CUES_BY_FIRST.set(cue.charCodeAt(0), [...(CUES_BY_FIRST.get(cue.charCodeAt(0)) ?? []), cue]);
const CUE_FIRST = new Uint8Array(0x10000);
for (const first of CUES_BY_FIRST.keys()) CUE_FIRST[first] = 1;

/** Whether text[start, end) — a sentence — states a relation (书记, 推行, 位于 …) rather than only listing names. */
export function statesRelation(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!CUE_FIRST[c]) continue;
    for (const cue of CUES_BY_FIRST.get(c)!) if (i + cue.length <= end && text.startsWith(cue, i)) return true;
  }
  return false;
}

/**
 * Rank of a candidate, lower is better: a single sentence naming both ends beats a run of
 * sentences; a sentence stating a relation beats one that only lists names.
 */
export const evidenceTier = (sameSentence: boolean, states: boolean) => (sameSentence ? 0 : 2) + (states ? 0 : 1);

/** The articles evidence points into: an item keeps the article's index, its text is sliced when written. */
export interface ArticleTexts {
  id: string[];
  doc: string[];
  text: string[];
}

/**
 * The same texts as one run of UTF-16 code units in shared memory (article a's at start[a] …): a thread
 * writing the outputs is sent them without a copy (at 1000×, 78 MB it would otherwise receive serialized).
 */
export interface SharedTexts {
  id: string[];
  doc: string[];
  units: Uint16Array;
  start: Int32Array;
}

export type Texts = ArticleTexts | SharedTexts;

export function shareTexts(texts: Texts): SharedTexts {
  if (!('text' in texts)) return texts;
  const start = sharedInt32(texts.text.length + 1);
  texts.text.forEach((t, a) => (start[a + 1] = start[a] + t.length));
  const buffer = new SharedArrayBuffer(2 * start[texts.text.length]);
  texts.text.forEach((t, a) => Buffer.from(buffer, 2 * start[a], 2 * t.length).write(t, 'utf16le'));
  return { id: texts.id, doc: texts.doc, units: new Uint16Array(buffer), start };
}

/** Characters from…to of article a (UTF-16 code units are copied as they are, lone surrogates too). */
function sliceText(texts: Texts, a: number, from: number, to: number): string {
  if ('text' in texts) return texts.text[a].slice(from, to);
  const at = texts.start[a];
  return Buffer.from(texts.units.buffer, 2 * (at + from), 2 * (to - from)).toString('utf16le');
}

/** Evidence of many edges as flat arrays: edge e's items are k in start[e] … start[e+1]-1, best first. */
export interface FlatEvidence {
  start: Int32Array;
  article: Int32Array;
  from: Int32Array;
  to: Int32Array;
}

/** The items of edge `e` of flat evidence, as graph.json stores them. */
export function flatItems(flat: FlatEvidence, articles: Texts, e: number): Evidence[] {
  const out: Evidence[] = [];
  for (let k = flat.start[e]; k < flat.start[e + 1]; k++) {
    const a = flat.article[k];
    out.push({ article: articles.id[a], doc: articles.doc[a], start: flat.from[k], end: flat.to[k], text: sliceText(articles, a, flat.from[k], flat.to[k]) });
  }
  return out;
}

interface Candidate {
  tier: number;
  article: number;
  start: number;
  end: number;
}

/**
 * Ranked, bounded evidence lists for many edges, kept in a few typed arrays: a large graph has
 * millions of edges, and an object per item (or per list) is most of its memory. List `i` is a
 * chain of items best first under the total order (tier, shorter, article, offset), so which items
 * are kept never depends on the order candidates arrive in.
 */
export class EvidenceLists {
  private head = new Int32Array(0);
  private count = new Uint8Array(0);
  private tier = new Uint8Array(1024);
  private article = new Int32Array(1024);
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  private next = new Int32Array(1024);
  private used = 0;
  private free = -1;

  constructor(readonly articles: ArticleTexts) {}

  /** Offers a candidate to list `list`; kept when it ranks among the list's best MAX_EVIDENCE. */
  offer(list: number, tier: number, article: number, start: number, end: number): void {
    if (list >= this.head.length) this.growLists(list + 1);
    const c: Candidate = { tier, article, start, end };
    let prev = -1;
    let cur = this.head[list];
    let rank = 0;
    let order = 1;
    while (cur !== -1 && (order = this.compare(c, cur)) > 0) {
      prev = cur;
      cur = this.next[cur];
      rank++;
    }
    if (cur !== -1 && order === 0) return; // the same sentence again
    if (rank >= MAX_EVIDENCE) return;
    const item = this.alloc(c);
    this.next[item] = cur;
    if (prev === -1) this.head[list] = item;
    else this.next[prev] = item;
    if (++this.count[list] > MAX_EVIDENCE) this.dropLast(list);
  }

  /**
   * The lists `lists[0]`, `lists[1]` … one after another as flat arrays, best first (edge e's items
   * at start[e] … start[e+1]-1); -1 or a list never offered to is an empty one.
   */
  flatten(lists: Int32Array): FlatEvidence {
    const has = (list: number) => list >= 0 && list < this.head.length;
    const start = sharedInt32(lists.length + 1);
    for (let e = 0; e < lists.length; e++) start[e + 1] = start[e] + (has(lists[e]) ? this.count[lists[e]] : 0);
    const total = start[lists.length];
    const flat: FlatEvidence = { start, article: sharedInt32(total), from: sharedInt32(total), to: sharedInt32(total) };
    for (let e = 0; e < lists.length; e++) {
      let k = start[e];
      for (let i = has(lists[e]) ? this.head[lists[e]] : -1; i !== -1; i = this.next[i], k++) {
        flat.article[k] = this.article[i];
        flat.from[k] = this.start[i];
        flat.to[k] = this.end[i];
      }
    }
    return flat;
  }

  private compare(c: Candidate, i: number): number {
    return (
      c.tier - this.tier[i] ||
      c.end - c.start - (this.end[i] - this.start[i]) ||
      byKey(this.articles.id[c.article], this.articles.id[this.article[i]]) ||
      c.start - this.start[i]
    );
  }

  private alloc(c: Candidate): number {
    let i = this.free;
    if (i !== -1) this.free = this.next[i];
    else {
      if (this.used === this.tier.length) this.growItems();
      i = this.used++;
    }
    this.tier[i] = c.tier;
    this.article[i] = c.article;
    this.start[i] = c.start;
    this.end[i] = c.end;
    return i;
  }

  private dropLast(list: number) {
    let prev = this.head[list];
    while (this.next[this.next[prev]] !== -1) prev = this.next[prev];
    const last = this.next[prev];
    this.next[prev] = -1;
    this.next[last] = this.free;
    this.free = last;
    this.count[list]--;
  }

  private growLists(atLeast: number) {
    const size = Math.max(atLeast, this.head.length * 2, 1024);
    this.head = grown(this.head, size, -1);
    this.count = grown(this.count, size);
  }

  private growItems() {
    const size = this.tier.length * 2;
    this.tier = grown(this.tier, size);
    this.article = grown(this.article, size);
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.next = grown(this.next, size);
  }
}
