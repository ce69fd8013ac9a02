// Which lengths of a name list can match at an offset, by the two characters there: most offsets need
// one bit read, and few lengths remain to try. Held in typed arrays with one shared list per distinct
// set of lengths (a few hundred), not a Map and an array per character pair (~100k objects in every
// thread, for the garbage collector to walk at each full collection).

export class PrefixLengths {
  /** Open-addressing table on (first, second) UTF-16 units (second -1: the name or text ends after one). */
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  /** The slot's lengths, as an index into `lists`. */
  private readonly list: Int32Array;
  /** Each distinct list of name lengths, longest first, shared by every pair that has it. */
  private readonly lists: ReadonlyArray<readonly number[]>;
  /** Bit set where some name's first two characters hash to: most offsets are rejected by one read (128 KB). */
  private readonly seen = new Uint32Array(1 << 15);
  /** Bit set of the whole names' hashes: most lengths are rejected without slicing the text (128 KB). */
  private readonly whole = new Uint32Array(1 << 15);

  constructor(names: Iterable<string>) {
    const byPair = new Map<number, number[]>();
    for (const name of names) {
      if (!name) continue;
      const first = name.charCodeAt(0);
      const second = name.length > 1 ? name.charCodeAt(1) : -1;
      const h = pairHash(first, second);
      this.seen[h >>> 5] |= 1 << (h & 31);
      const w = spanHash(name, 0, name.length);
      this.whole[w >>> 5] |= 1 << (w & 31);
      const key = first * 0x10001 + second + 1;
      const list = byPair.get(key);
      if (!list) byPair.set(key, [name.length]);
      else if (!list.includes(name.length)) list.push(name.length);
    }
    let size = 16;
    while (size < byPair.size * 2) size *= 2;
    this.first = new Int32Array(size).fill(-1);
    this.second = new Int32Array(size);
    this.list = new Int32Array(size);
    const lists: number[][] = [];
    const listIndex = new Map<string, number>();
    for (const [key, lengths] of byPair) {
      lengths.sort((a, b) => b - a);
      const signature = lengths.join(',');
      let at = listIndex.get(signature);
      if (at === undefined) listIndex.set(signature, (at = lists.push(lengths) - 1));
      const first = Math.floor(key / 0x10001);
      const second = (key % 0x10001) - 1;
      let s = slotHash(first, second) & (size - 1);
      while (this.first[s] !== -1) s = (s + 1) & (size - 1);
      this.first[s] = first;
      this.second[s] = second;
      this.list[s] = at;
    }
    this.lists = lists;
  }

  /** False when text.slice(i, i + n) is certainly none of the names (a hash filter: true may be wrong). */
  mayBe(text: string, i: number, n: number): boolean {
    const w = spanHash(text, i, n);
    return (this.whole[w >>> 5] & (1 << (w & 31))) !== 0;
  }

  /** Lengths of the names that start with text.slice(i, i + 2), longest first. */
  at(text: string, i: number): readonly number[] {
    const first = text.charCodeAt(i);
    const second = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    const h = pairHash(first, second);
    if (!(this.seen[h >>> 5] & (1 << (h & 31)))) return NONE;
    const mask = this.first.length - 1;
    for (let s = slotHash(first, second) & mask; this.first[s] !== -1; s = (s + 1) & mask) {
      if (this.first[s] === first && this.second[s] === second) return this.lists[this.list[s]];
    }
    return NONE;
  }
}

const NONE: readonly number[] = [];

const pairHash = (first: number, second: number) => ((first * 0x9e37 + second + 1) >>> 0) & 0xfffff;

/** The table's slot hash (murmur3's finaliser): pairHash keeps neighbouring characters close. */
function slotHash(first: number, second: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ (second + 1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

/** FNV-1a over text[i, i + n), 20 bits (n within the text). */
function spanHash(text: string, i: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = i; k < i + n; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h >>> 0) & 0xfffff;
}
