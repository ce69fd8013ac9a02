import { grown } from './arrays.ts';

/**
 * Tallies of node pairs in typed arrays, found through an open-addressing hash on the two node
 * numbers: a large corpus has millions of co-occurring pairs, and an object (or map entry) per
 * pair would be most of the build's memory. A pair is unordered: (a, b) and (b, a) are one.
 */
export class PairTable {
  size = 0;
  /** The pair's ends, smaller number first. */
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  sentences = new Int32Array(1024);
  articles = new Int32Array(1024);
  /** The pair's pages as a chain, newest first: -1 ends it. */
  private docHead = new Int32Array(1024).fill(-1);
  private docValue = new Int32Array(1024);
  private docNext = new Int32Array(1024);
  private docs = 0;
  /** Hash slots holding pair index + 1 (0 is empty); at most half full. */
  private slots = new Int32Array(2048);

  /** The index of pair {x, y}, added with zero tallies when new. */
  index(x: number, y: number): number {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const mask = this.slots.length - 1;
    for (let s = hash(a, b) & mask; ; s = (s + 1) & mask) {
      const p = this.slots[s] - 1;
      if (p === -1) {
        if (this.size === this.a.length) this.growPairs();
        const i = this.size++;
        this.a[i] = a;
        this.b[i] = b;
        this.slots[s] = i + 1;
        if (this.size * 2 > this.slots.length) this.rehash();
        return i;
      }
      if (this.a[p] === a && this.b[p] === b) return p;
    }
  }

  /** Records that the pair occurs on page `doc`; a page's articles arrive together, so a repeat is the newest. */
  addDoc(pair: number, doc: number): void {
    const head = this.docHead[pair];
    if (head !== -1 && this.docValue[head] === doc) return;
    if (this.docs === this.docValue.length) {
      this.docValue = grown(this.docValue, this.docs * 2);
      this.docNext = grown(this.docNext, this.docs * 2);
    }
    const i = this.docs++;
    this.docValue[i] = doc;
    this.docNext[i] = head;
    this.docHead[pair] = i;
  }

  /** The pages of a pair, as page numbers in no particular order. */
  docsOf(pair: number): number[] {
    const out: number[] = [];
    for (let i = this.docHead[pair]; i !== -1; i = this.docNext[i]) out.push(this.docValue[i]);
    return out;
  }

  private growPairs() {
    const size = this.a.length * 2;
    this.a = grown(this.a, size);
    this.b = grown(this.b, size);
    this.sentences = grown(this.sentences, size);
    this.articles = grown(this.articles, size);
    this.docHead = grown(this.docHead, size, -1);
  }

  private rehash() {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.size; i++) {
      let s = hash(this.a[i], this.b[i]) & mask;
      while (slots[s]) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
    this.slots = slots;
  }
}

/** Mixes two 32-bit numbers (murmur3's finaliser over a combination of both). */
function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
