// One lookup table for every name the place extractor knows by heart: official gazetteer names,
// the usual short forms of provinces, cities and Hunan's counties, and places outside the gazetteer.
import { gazetteer, type Place } from './gazetteer.ts';
import { shortName } from './place-names.ts';
import { placeData } from './place-data.ts';
import { PrefixLengths } from './place-prefix.ts';

export interface LexEntry {
  /** Places with this official name. */
  full: readonly Place[];
  /** Places this is the short form of (highest level only: 邵阳 → 邵阳市, not 邵阳县). */
  short: readonly Place[];
  /** A country, continent or region from the world list. */
  world: boolean;
}

export interface Lexicon {
  get(name: string): LexEntry | undefined;
  /** Names starting at `i` in `text`, longest first (walks a prefix set, so it stops early). */
  namesAt(text: string, i: number): string[];
}

const LEVEL_RANK = { province: 0, city: 1, county: 2, town: 3, village: 4 } as const;
/** Hunan: county short forms are read only here (elsewhere many are ordinary words: 和平, 青山). */
const HOME = '43';

let loaded: Lexicon | undefined;

const NO_PLACES: Place[] = [];

export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const { world, shortStop } = placeData();
  const table = new Map<string, { full: Place[]; short: Place[]; world: boolean }>();
  const entry = (name: string) => {
    let e = table.get(name);
    if (!e) table.set(name, (e = { full: [], short: [], world: false }));
    return e;
  };
  for (const p of gazetteer().all()) {
    // Two-character village and town names (新村, 东乡) are too often ordinary words.
    if ((p.level === 'village' || p.level === 'town') && p.name.length < 3) continue;
    if (shortStop.has(p.name)) continue; // 城区, 郊区, 矿区: district names that are ordinary words
    entry(p.name).full.push(p);
    if (p.level === 'town' || p.level === 'village') continue;
    if (p.level === 'county' && !p.code.startsWith(HOME)) continue;
    const short = shortName(p.name, p.level);
    if (short && !shortStop.has(short)) entry(short).short.push(p);
    // 江华县, 城步县: autonomous counties are also called by the short form and 县.
    if (short && p.name.endsWith('自治县')) entry(short + '县').short.push(p);
  }
  for (const e of table.values()) {
    if (e.short.length < 2) continue;
    const top = Math.min(...e.short.map((p) => LEVEL_RANK[p.level]));
    e.short = e.short.filter((p) => LEVEL_RANK[p.level] === top);
  }
  for (const name of world) entry(name).world = true;
  // Most names are no place's short form: one empty list for all of them (54k arrays fewer per thread).
  for (const e of table.values()) {
    if (!e.full.length) e.full = NO_PLACES;
    if (!e.short.length) e.short = NO_PLACES;
  }
  const lengths = new PrefixLengths(table.keys());
  const none: string[] = [];
  const namesAt = (text: string, i: number) => {
    const list = lengths.at(text, i);
    if (!list.length) return none;
    const found: string[] = [];
    for (const n of list) {
      if (i + n > text.length || !lengths.mayBe(text, i, n)) continue;
      const s = text.slice(i, i + n);
      if (table.has(s)) found.push(s);
    }
    return found;
  };
  loaded = { get: (name) => table.get(name), namesAt };
  return loaded;
}

