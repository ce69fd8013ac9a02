// Constant-time span tests for the person extractor, so pages with thousands of mentions stay linear.
import type { Mention } from '../../src/model/types.ts';

/** Mentions of other types, indexed by the offsets they cover. */
export class OtherMentions {
  private readonly bestEnd: Int32Array;
  private readonly at = new Map<number, Mention[]>();

  constructor(mentions: readonly Mention[], length: number) {
    this.bestEnd = new Int32Array(length + 1).fill(-1);
    for (const m of mentions) {
      for (let o = Math.max(0, m.start); o < m.end && o < length; o++) {
        if (m.end > this.bestEnd[o]) this.bestEnd[o] = m.end;
        const list = this.at.get(o);
        if (list) list.push(m);
        else this.at.set(o, [m]);
      }
    }
  }

  /** Some mention contains [s, e) (李达 of 李达中学, a place name 马桥镇). */
  contains(s: number, e: number): boolean {
    return s >= 0 && s < this.bestEnd.length && this.bestEnd[s] >= e;
  }

  /** The mentions overlapping [s, e). */
  overlapping(s: number, e: number): Mention[] {
    const out = new Set<Mention>();
    for (let o = s; o < e; o++) for (const m of this.at.get(o) ?? []) out.add(m);
    return [...out];
  }
}

/** Offsets already taken by accepted spans. */
export class Taken {
  private readonly covered: Uint8Array;

  constructor(length: number) {
    this.covered = new Uint8Array(length + 1);
  }

  add(s: number, e: number): void {
    this.covered.fill(1, s, e);
  }

  overlaps(s: number, e: number): boolean {
    for (let o = s; o < e; o++) if (this.covered[o]) return true;
    return false;
  }
}
