// Constant-time span tests for the person extractor, so pages with thousands of mentions stay linear.
import type { Mention } from '../../src/model/types.ts';

/** Mentions of other types, indexed by the offsets they cover. */
export class OtherMentions {
  private readonly bestEnd: Int32Array;
  /** The mentions by start; overlapping() looks back at most `longest` offsets from a span. */
  private readonly byStart: Mention[];
  private readonly longest: number;

  constructor(mentions: readonly Mention[], length: number) {
    this.bestEnd = new Int32Array(length + 1).fill(-1);
    let longest = 0;
    for (const m of mentions) {
      longest = Math.max(longest, m.end - m.start);
      for (let o = Math.max(0, m.start); o < m.end && o < length; o++) if (m.end > this.bestEnd[o]) this.bestEnd[o] = m.end;
    }
    // A sorted list, not a list per covered offset: those were a Map entry and an array per character.
    this.byStart = [...mentions].sort((a, b) => a.start - b.start);
    this.longest = longest;
  }

  /** Some mention contains [s, e) (李达 of 李达中学, a place name 马桥镇). */
  contains(s: number, e: number): boolean {
    return s >= 0 && s < this.bestEnd.length && this.bestEnd[s] >= e;
  }

  /** The mentions overlapping [s, e) within the text. */
  overlapping(start: number, end: number): Mention[] {
    const s = Math.max(0, start);
    const e = Math.min(end, this.bestEnd.length - 1);
    if (e <= s) return [];
    const list = this.byStart;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid].start < e) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let k = lo - 1; k >= 0 && list[k].start > s - this.longest; k--) {
      const m = list[k];
      if (m.end > s && m.end > m.start && !out.includes(m)) out.push(m);
    }
    return out;
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
