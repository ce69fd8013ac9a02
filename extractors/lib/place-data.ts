// The place extractor's word lists (extractors/data/place-*), loaded once.
import { readFileSync } from 'node:fs';

const lines = (name: string) =>
  readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

export interface PlaceData {
  world: Set<string>;
  shortStop: Set<string>;
  /**
   * Site suffix → minimum length of the name before it; `digits`: a number alone names it (107国道);
   * `word`: the name and suffix must be one word for the segmenter (齐云山); `road`: one ordinary word
   * may name it (人民路, 五一大道, 建设北路).
   */
  siteSuffixes: Map<string, { min: number; digits: boolean; word: boolean; road: boolean }>;
  siteMax: number;
  /** First characters of the suffixes, to skip most positions at once. */
  siteFirst: Set<string>;
  generic: Set<string>;
  /** Location words after which an unknown unit is a place (在X村). */
  anchors: Set<string>;
}

let loaded: PlaceData | undefined;

export function placeData(): PlaceData {
  if (loaded) return loaded;
  const siteSuffixes = new Map(
    lines('place-site-suffixes.txt').map((l) => {
      const [suffix, min, flag] = l.split('\t');
      const flags = new Set((flag ?? '').split(',').filter(Boolean));
      return [suffix, { min: Number(min) || 2, digits: flags.has('digits'), word: flags.has('word'), road: flags.has('road') }] as const;
    }),
  );
  loaded = {
    world: new Set(lines('place-world.txt')),
    shortStop: new Set(lines('place-short-stop.txt')),
    siteSuffixes,
    siteMax: Math.max(...[...siteSuffixes.keys()].map((s) => s.length)),
    siteFirst: new Set([...siteSuffixes.keys()].map((s) => s[0])),
    generic: new Set(lines('place-generic.txt')),
    anchors: new Set(lines('place-anchors.txt')),
  };
  return loaded;
}
