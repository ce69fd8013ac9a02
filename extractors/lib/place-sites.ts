// Named sites by suffix (西洲公园, 湘江西路, 107国道, 齐云山): find the suffix, then walk left over the
// name to its boundary — punctuation, a function word or verb, another suffix, or the end of a place
// already found. The name must hold a proper-name part (a word jieba tags as a name, place or unknown
// word): 群众路, 山塘水库 and 老旧小区 are descriptions, not names. Overlaps: the longest site wins.
import type { Token } from '../../src/model/types.ts';
import { Taken } from './person-spans.ts';
import type { PlaceData, SiteRule } from './place-data.ts';

const STOP_TAGS = new Set(['v', 'vn', 'vd', 'vi', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'r', 'y', 'e', 'o', 't', 'q', 'k', 'h', 'l', 'i', 'ad', 'mq']);
/** Tags of words that make a name proper. */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'x', 'j']);
const DIRECTIONS = new Set([...'东西南北中']);
/** Words that never name a road, even before a direction (在|西路). */
const STRICT_STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'd', 'r', 'y', 'e', 'o', 'x', 'q', 'f']);
/** Ordinary words that may name a road on their own. */
const ROAD_WORD_TAGS = new Set(['n', 'nr', 'ns', 'nz', 'm', 'vn', 'v']);
/** Words that may run on past a suffix: place words and unknown words (岔路|口至). */
const RUN_ON_TAGS = new Set(['ns', 'x']);
/** Characters never inside a site name but often glued to it by the segmenter (应用于港珠澳大桥). */
const STOP_CHARS = new Set([...'的在于至到和与及从向对把将是为等了就由经过被让给这那其该每各']);
const NAME_CHAR = /[\u4e00-\u9fff0-9A-Za-z]/;
const MAX_NAME = 8;

export interface Site {
  start: number;
  end: number;
  /** The suffix's rule: roads and lines may run on into a section (衡永高速祁阳段). */
  rule: SiteRule;
}

type Covering = (offset: number) => Token | undefined;

/**
 * Sites ending in a suffix of `data.siteSuffixes`. `places` maps the end offset of each place already
 * found to its start: a name never reaches back across one, and a site with no name of its own right after
 * a place takes the place's name (桂东植物园, 邵阳北站) when its suffix is a word of its own (not 路).
 */
export function findSites(text: string, covering: Covering, data: PlaceData, places: ReadonlyMap<number, number>): Site[] {
  const found: Site[] = [];
  for (let c = 1; c < text.length; c++) {
    if (!data.siteFirst[text.charCodeAt(c)]) continue;
    for (let n = Math.min(data.siteMax, text.length - c); n >= 1; n--) {
      const suffix = text.slice(c, c + n);
      const rule = data.siteSuffixes.get(suffix);
      if (!rule) continue;
      const site = siteAt(text, c, suffix, rule, covering, data, places);
      if (site) found.push(site);
    }
  }
  // Longest first, then keep those that do not overlap a kept one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Site[] = [];
  const taken = new Taken(text.length);
  for (const s of found) {
    if (taken.overlaps(s.start, s.end)) continue;
    kept.push(s);
    taken.add(s.start, s.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function siteAt(text: string, c: number, suffix: string, rule: SiteRule, covering: Covering, data: PlaceData, places: ReadonlyMap<number, number>): Site | undefined {
  const end = c + suffix.length;
  // A number right before 国道/省道 names the road whatever jieba made of it (107|国|道旁, 沿|107|国道).
  const number = rule.digits ? roadNumberStart(text, c) : c;
  if (number < c) return { start: number, end, rule };
  // The suffix must not run on into a longer ordinary word (路段, 路口 after 公园; 思路 before).
  const last = covering(end - 1);
  if (last && last.end > end && !RUN_ON_TAGS.has(last.tag)) return undefined;
  const first = covering(c);
  if (first && first.start < c && !PROPER_TAGS.has(first.tag)) {
    // An ordinary word that is a whole site name (五一广场/l): its part before the suffix is the name.
    const whole = first.end === end && !rule.word && !rule.digits && suffix.length > 1;
    const site = whole ? checkName(text, first.start, c, end, rule, covering, data, true) : undefined;
    // 张家界|国家森林公园: the place right before such a word names the site.
    return site && places.has(first.start) ? { ...site, start: places.get(first.start)! } : site;
  }
  // A one-character suffix (山, 路) must end its word: 山峰, 山泉 and 路段 are other words.
  if (suffix.length === 1 && last && last.end !== end) return undefined;
  // 山 names a mountain only as the end of one word (齐云山), never a phrase (村民黄山).
  if (rule.word) {
    // The whole word may itself be a common phrase (绿水青山, jieba's nr).
    const word = first && first.start < c && first.end === end && !data.generic.has(first.word);
    return word ? checkName(text, first.start, c, end, rule, covering, data) : undefined;
  }

  let s = c;
  // 建设北路, 解放西路: the word before a direction+路 word is the name, whatever its kind.
  if (rule.road && first && first.start === c - 1 && DIRECTIONS.has(text[c - 1])) {
    if (places.has(c - 1)) return { start: places.get(c - 1)!, end, rule }; // 韶山南路
    const word = covering(c - 2);
    if (word && !STRICT_STOP_TAGS.has(word.tag) && word.word.length >= 2) {
      return checkName(text, word.start, c, end, { ...rule, min: 3 }, covering, data, true);
    }
  }
  while (s > 0 && c - s < MAX_NAME && !places.has(s) && !suffixEndsAt(text, s, data)) {
    const ch = text[s - 1];
    if (!NAME_CHAR.test(ch) || STOP_CHARS.has(ch)) break;
    const t = covering(s - 1);
    // A whole function word or verb before the name ends it; a word running into the suffix (西路) is name.
    if (t && t.end <= c && STOP_TAGS.has(t.tag) && !/^[0-9]+$/.test(t.word)) break;
    s--;
  }
  if (c - s < rule.min && places.has(s) && suffix.length > 1) return { start: places.get(s)!, end, rule };
  // 蓝山县皮具箱包科技产业园: the place before makes the descriptive name proper.
  if (rule.park && places.has(s)) {
    const site = checkName(text, s, c, end, rule, covering, data, true);
    return site && { ...site, start: places.get(s)! };
  }
  return checkName(text, s, c, end, rule, covering, data);
}

/** Start of a road number ending at `c` (107, G207, S315; up to 6 digits), or `c` when there is none. */
function roadNumberStart(text: string, c: number): number {
  let s = c;
  while (s > 0 && c - s < 6 && text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) s--;
  if (s < c && s > 0 && 'GSXY'.includes(text[s - 1])) s--;
  return s;
}

function checkName(text: string, start: number, c: number, end: number, rule: SiteRule, covering: Covering, data: PlaceData, proper = false): Site | undefined {
  const name = text.slice(start, c);
  if (name.length < rule.min || isGeneric(name, data)) return undefined;
  if (/[0-9]$/.test(name)) return rule.digits && /^[0-9]+$/.test(name) ? { start, end, rule } : undefined; // 1631路 are channels
  if (proper || hasProperPart(start, c, covering)) return { start, end, rule };
  // 武广高铁, 京广铁路: one-character abbreviations of the places a line joins.
  if (rule.line && name.length <= 3 && [...name].every((_, k) => covering(start + k)?.word.length === 1)) return { start, end, rule };
  // 人民路, 五一大道: a road may be named by one ordinary word.
  const word = covering(start);
  return rule.road && word && word.start === start && word.end === c && ROAD_WORD_TAGS.has(word.tag) ? { start, end, rule } : undefined;
}

/** A suffix of two or more characters ends at `s` (黄古山停车场|老旧小区): names do not run across it. */
function suffixEndsAt(text: string, s: number, data: PlaceData): boolean {
  for (let n = 2; n <= data.siteMax && n <= s; n++) if (data.siteSuffixes.has(text.slice(s - n, s))) return true;
  return false;
}

function hasProperPart(start: number, end: number, covering: Covering): boolean {
  for (let k = start; k < end; k++) {
    const t = covering(k);
    if (t && PROPER_TAGS.has(t.tag) && !/^[\p{P}\s]+$/u.test(t.word)) return true;
  }
  return false;
}

/** 老旧小区, 城市公园, 这条路: the name is made of generic words only. */
function isGeneric(name: string, data: PlaceData): boolean {
  if (data.generic.has(name)) return true;
  for (let i = 1; i < name.length; i++) if (data.generic.has(name.slice(0, i)) && isGeneric(name.slice(i), data)) return true;
  return false;
}
