// Named sites by suffix (西洲公园, 湘江西路, 107国道, 邵阳北站): find the suffix, then walk left over the
// name to its boundary — punctuation, a function word or verb, or the end of a mention already found.
import type { Token } from '../../src/model/types.ts';
import type { PlaceData } from './place-data.ts';

const STOP_TAGS = new Set(['v', 'vn', 'vd', 'vi', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'r', 'y', 'e', 'o', 't', 'q', 'k', 'h', 'l', 'i', 'ad', 'mq']);
/** Characters never inside a site name but often glued to it by the segmenter (应用于港珠澳大桥). */
const STOP_CHARS = new Set([...'的在于至到和与及从向对把将是为等了就由经过被让给这那其该每各']);
const NAME_CHAR = /[\u4e00-\u9fff0-9A-Za-z]/;
const MAX_NAME = 8;

export interface Site {
  start: number;
  end: number;
  /** Start of the suffix. */
  suffixAt: number;
}

/**
 * Sites ending in a suffix of `data.siteSuffixes`. `ends` holds the end offsets of mentions already found
 * (places, organisations): a name never reaches back across them; a site with no name of its own right
 * after a place takes the place's name (桂东植物园).
 */
export function findSites(text: string, tokens: readonly Token[], covering: (o: number) => Token | undefined, data: PlaceData, ends: ReadonlyMap<number, number>): Site[] {
  const out: Site[] = [];
  for (let c = 1; c < text.length; c++) {
    if (!data.siteFirst.has(text[c])) continue;
    let suffix = '';
    for (let n = Math.min(data.siteMax, text.length - c); n >= 1 && !suffix; n--) {
      if (data.siteSuffixes.has(text.slice(c, c + n))) suffix = text.slice(c, c + n);
    }
    if (!suffix) continue;
    const min = data.siteSuffixes.get(suffix) ?? 2;
    let s = c;
    while (s > 0 && c - s < MAX_NAME && !ends.has(s)) {
      const ch = text[s - 1];
      if (!NAME_CHAR.test(ch) || STOP_CHARS.has(ch)) break;
      const t = covering(s - 1);
      // A whole function word or verb before the name ends it; a word running into the suffix (西路) is name.
      if (t && t.end <= c && STOP_TAGS.has(t.tag) && !/^[0-9]+$/.test(t.word)) break;
      s--;
    }
    let name = text.slice(s, c);
    let start = s;
    if (name.length < min && ends.has(s)) {
      start = ends.get(s)!; // 桂东植物园: the place before is the name
      name = text.slice(start, c);
    }
    if (name.length < min || isGeneric(name, data)) continue;
    out.push({ start, end: c + suffix.length, suffixAt: c });
    c += suffix.length - 1;
  }
  return out;
}

/** 老旧小区, 城市公园, 这条路: the name is made of generic words only. */
function isGeneric(name: string, data: PlaceData): boolean {
  if (data.generic.has(name)) return true;
  for (let i = 1; i < name.length; i++) if (data.generic.has(name.slice(0, i)) && isGeneric(name.slice(i), data)) return true;
  return false;
}
