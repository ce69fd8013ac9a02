// Normalised text is built from pieces of the raw text. Every code unit appended remembers where it came
// from, so `toRaw` can map any span of the normalised text back to the file.

/** A piece of the raw text, [start, end). */
export interface Seg {
  start: number;
  end: number;
}

const utf16 = new TextDecoder('utf-16le');
const SPACE = /[\s\u3000\u00a0\ufeff]/;

function isSpace(c: string): boolean {
  return SPACE.test(c);
}

/**
 * Wide characters: Han, CJK and fullwidth punctuation, Chinese quotes and dashes. A space next to one of
 * these is layout padding, never a word separator. Surrogates count as wide (astral Han extensions).
 */
export function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2014 && code <= 0x201f) ||
    code === 0x2026 ||
    code === 0x00b7 ||
    code === 0x2022
  );
}

/** Column width of a line: wide characters count 1, narrow ones 1/2, spaces nothing. */
export function visualWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0x09) continue;
    w += isWide(c) ? 1 : 0.5;
  }
  return w;
}

/** Appends raw pieces, dropping spaces that touch a wide character, and records the raw offset of each unit. */
export class TextBuilder {
  private units: Uint16Array;
  private map: Int32Array;
  private n = 0;
  constructor(private raw: string) {
    this.units = new Uint16Array(Math.max(16, raw.length + 64));
    this.map = new Int32Array(this.units.length);
  }

  get length(): number {
    return this.n;
  }

  /** Append a piece; `join` is true when it continues the previous piece (a wrapped line). */
  append(seg: Seg, join = false): void {
    const raw = this.raw;
    let pendingSpace = -1;
    if (join && this.n && seg.start > 0 && isSpace(raw[seg.start - 1] ?? '')) pendingSpace = seg.start - 1;
    for (let i = seg.start; i < seg.end; i++) {
      const c = raw.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d || c === 0xfeff) {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0) {
        const prev = this.n ? this.units[this.n - 1] : -1;
        // Keep one space only between two narrow characters: "GDP 6.1%", "Hello world".
        if (prev >= 0 && prev !== 0x0a && !isWide(prev) && !isWide(c)) this.push(0x20, pendingSpace);
        pendingSpace = -1;
      }
      this.push(c, i);
    }
  }

  /** A synthetic unit (paragraph break) mapped to a raw offset. */
  push(unit: number, rawOffset: number): void {
    if (this.n === this.units.length) this.grow();
    this.units[this.n] = unit;
    this.map[this.n++] = rawOffset;
  }

  /** Text appended since `from`. */
  since(from: number): string {
    return utf16.decode(this.units.subarray(from, this.n));
  }

  /** Drop everything appended after the first `n` units. */
  truncate(n: number): void {
    this.n = Math.min(this.n, n);
  }

  lastRaw(): number {
    return this.n ? this.map[this.n - 1] : 0;
  }

  finish(endRaw: number): { text: string; toRaw: Int32Array } {
    const toRaw = new Int32Array(this.n + 1);
    toRaw.set(this.map.subarray(0, this.n));
    toRaw[this.n] = endRaw;
    return { text: utf16.decode(this.units.subarray(0, this.n)), toRaw };
  }

  private grow(): void {
    const units = new Uint16Array(this.units.length * 2);
    units.set(this.units);
    const map = new Int32Array(units.length);
    map.set(this.map);
    this.units = units;
    this.map = map;
  }
}
