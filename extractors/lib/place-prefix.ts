// Which lengths of a name list can match at an offset, by the two characters there: most offsets need
// one array index and one Map lookup on small integers (no string built), and few lengths remain to try.

export class PrefixLengths {
  /** First UTF-16 unit → second unit (-1: the name or text ends after one) → name lengths, longest first. */
  private readonly byFirst: Array<Map<number, number[]> | undefined> = new Array(0x10000);
  /** Bit set where some name's first two characters hash to: most offsets are rejected by one read (128 KB). */
  private readonly seen = new Uint32Array(1 << 15);
  /** Bit set of the whole names' hashes: most lengths are rejected without slicing the text (128 KB). */
  private readonly whole = new Uint32Array(1 << 15);

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (!name) continue;
      const second = name.length > 1 ? name.charCodeAt(1) : -1;
      let bySecond = this.byFirst[name.charCodeAt(0)];
      if (!bySecond) this.byFirst[name.charCodeAt(0)] = bySecond = new Map();
      const h = pairHash(name.charCodeAt(0), second);
      this.seen[h >>> 5] |= 1 << (h & 31);
      const w = spanHash(name, 0, name.length);
      this.whole[w >>> 5] |= 1 << (w & 31);
      const list = bySecond.get(second);
      if (!list) bySecond.set(second, [name.length]);
      else if (!list.includes(name.length)) list.push(name.length);
    }
    for (const bySecond of this.byFirst) for (const list of bySecond?.values() ?? []) list.sort((a, b) => b - a);
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
    return this.byFirst[first]?.get(second) ?? NONE;
  }
}

const NONE: readonly number[] = [];

const pairHash = (first: number, second: number) => ((first * 0x9e37 + second + 1) >>> 0) & 0xfffff;

/** FNV-1a over text[i, i + n), 20 bits (n within the text). */
function spanHash(text: string, i: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = i; k < i + n; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h >>> 0) & 0xfffff;
}
