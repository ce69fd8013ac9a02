// Place names at the start of an organisation name (永州市公安局, 零陵分局, 湖南建升木业), from the gazetteer.
import { gazetteer, type Place } from './gazetteer.ts';
import { PrefixLengths } from './place-prefix.ts';

export interface PlaceHit {
  /** Offset just past the place name in the text. */
  end: number;
  place: Place;
  /** True when the text used the short form (零陵 for 零陵区). */
  short: boolean;
}

const shortFormOk = (p: Place) => p.level === 'province' || p.level === 'city' || (p.level === 'county' && p.code.startsWith('43'));
const HAN = /\p{Script=Han}/u;
const LEVEL_RANK = { province: 0, city: 1, county: 2, town: 3, village: 4 } as const;

/** Hunan first (the corpus is Hunan news), then the higher level: 长沙 → 长沙市, not a town elsewhere. */
export function bestPlace(places: readonly Place[]): Place | undefined {
  let best: Place | undefined;
  for (const p of places) if (!best || placeScore(p) < placeScore(best)) best = p;
  return best;
}
const placeScore = (p: Place) => (p.code.startsWith('43') ? 0 : 10) + LEVEL_RANK[p.level];

/**
 * The longest place name starting at `at`: official names of any level; short forms of provinces and
 * cities anywhere and of Hunan's counties (town short forms are often ordinary words: 建设, 和平, and
 * county short forms elsewhere collide with words: 公安 → 公安县, 金沙 → 金沙县).
 */
export function placeAt(text: string, at: number, maxLen = 10): PlaceHit | undefined {
  if (memoText !== text) {
    memoText = text;
    memo.clear();
  }
  const key = at * 16 + maxLen;
  if (memo.has(key)) return memo.get(key);
  const hit = findPlaceAt(text, at, maxLen);
  memo.set(key, hit);
  return hit;
}

// The extractor asks about the same offsets many times while it walks left from each head.
let memoText = '';
const memo = new Map<number, PlaceHit | undefined>();

/** Lengths of the official names and short forms by their first two characters. */
let lengths: PrefixLengths | undefined;

function findPlaceAt(text: string, at: number, maxLen: number): PlaceHit | undefined {
  if (!HAN.test(text[at] ?? '')) return undefined;
  const g = gazetteer();
  // Only the lengths of names starting with these two characters can match.
  lengths ??= new PrefixLengths(gazetteer().names());
  for (const len of lengths.at(text, at)) {
    if (len > maxLen || len < 2 || at + len > text.length || !lengths.mayBe(text, at, len)) continue;
    const s = text.slice(at, at + len);
    const full = bestPlace(g.byName(s));
    if (full) return { end: at + len, place: full, short: false };
    const short = bestPlace(g.byShort(s).filter(shortFormOk));
    if (short) return { end: at + len, place: short, short: true };
  }
  return undefined;
}
