// Which lengths of a name list can match at an offset, by the two characters there: most offsets need
// one array index and one Map lookup on small integers (no string built), and few lengths remain to try.

export class PrefixLengths {
  /** First UTF-16 unit → second unit (-1: the name or text ends after one) → name lengths, longest first. */
  private readonly byFirst: Array<Map<number, number[]> | undefined> = new Array(0x10000);
  /** Bit set where some name's first two characters hash to: most offsets are rejected by one read (128 KB). */
  private readonly seen = new Uint32Array(1 << 15);

  constructor(names: Iterable<string>) {
    for (const name of names) {
      if (!name) continue;
      const second = name.length > 1 ? name.charCodeAt(1) : -1;
      let bySecond = this.byFirst[name.charCodeAt(0)];
      if (!bySecond) this.byFirst[name.charCodeAt(0)] = bySecond = new Map();
      const h = pairHash(name.charCodeAt(0), second);
      this.seen[h >>> 5] |= 1 << (h & 31);
      const list = bySecond.get(second);
      if (!list) bySecond.set(second, [name.length]);
      else if (!list.includes(name.length)) list.push(name.length);
    }
    for (const bySecond of this.byFirst) for (const list of bySecond?.values() ?? []) list.sort((a, b) => b - a);
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
