// The place extractor's word lists (extractors/data/place-*), loaded once.
import { readFileSync } from 'node:fs';

const lines = (name: string) =>
  readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** How a site suffix takes its name (flags in place-site-suffixes.txt). */
export interface SiteRule {
  min: number;
  digits: boolean;
  word: boolean;
  road: boolean;
  line: boolean;
  park: boolean;
}

export interface PlaceData {
  world: Set<string>;
  shortStop: Set<string>;
  /**
   * Site suffix → minimum length of the name before it; `digits`: a number alone names it (107国道);
   * `word`: the name and suffix must be one word for the segmenter (齐云山); `road`: one ordinary word
   * may name it (人民路, 五一大道, 建设北路); `line`: one-character abbreviations may name it (武广高铁);
   * `park`: the place right before belongs to the name (蓝山县皮具箱包科技产业园).
   */
  siteSuffixes: Map<string, SiteRule>;
  siteMax: number;
  /** First characters of the suffixes (by char code: 1), to skip most positions at once. */
  siteFirst: Uint8Array;
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
      const rule: SiteRule = { min: Number(min) || 2, digits: flags.has('digits'), word: flags.has('word'), road: flags.has('road'), line: flags.has('line'), park: flags.has('park') };
      return [suffix, rule] as const;
    }),
  );
  loaded = {
    world: new Set(lines('place-world.txt')),
    shortStop: new Set(lines('place-short-stop.txt')),
    siteSuffixes,
    siteMax: Math.max(...[...siteSuffixes.keys()].map((s) => s.length)),
    siteFirst: flags([...siteSuffixes.keys()].map((s) => s.charCodeAt(0))),
    generic: new Set(lines('place-generic.txt')),
    anchors: new Set(lines('place-anchors.txt')),
  };
  return loaded;
}

function flags(codes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  return table;
}
