// The programme grammar, loaded from extractors/data/programme-*.{json,txt}: suffix families, the verbs that
// introduce an initiative, and cores too generic to name one.
import { readFileSync } from 'node:fs';
import suffixes from '../data/programme-suffixes.json' with { type: 'json' };

const dataFile = (name: string) =>
  readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

const longestFirst = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);

export const QUOTED_TAIL = longestFirst(suffixes.quotedTail);
export const OWN_SUFFIXES = longestFirst(suffixes.ownSuffixes);
export const WEAK_TAIL = longestFirst(suffixes.weakTail);
export const SLOGAN_ENDINGS = suffixes.sloganEndings;
export const UNQUOTED = longestFirst(suffixes.unquoted);
export const CHIEF_SYSTEMS = suffixes.chiefSystems;
export const MAX_TAIL = suffixes.maxTail;
export const BODIES = longestFirst(suffixes.bodies);
export const FRAMES: ReadonlyArray<readonly [string, string]> = suffixes.frames.map(([a, b]) => [a, b] as const);
export const FRAME_NOT_AFTER = longestFirst(suffixes.frameNotAfter);
export const VERBS = longestFirst(dataFile('programme-verbs.txt'));
export const NUMBERED_VERBS = longestFirst(dataFile('programme-numbered-verbs.txt'));
export const GENERIC = new Set(dataFile('programme-generic.txt'));

const CN_NUMERAL = '一二三四五六七八九十两双百千万';
const NUMBERED = new RegExp(`^(?:[${CN_NUMERAL}]|[0-9+N]+$)`);
const ENUMERATIVE = new RegExp(`^[${CN_NUMERAL}][^${CN_NUMERAL}]{1,2}[${CN_NUMERAL}][^${CN_NUMERAL}]{1,2}$`);

/** Last characters of each suffix list as a char-code flag table (null: the list holds an empty suffix, which ends every phrase). */
const lastChars = new WeakMap<readonly string[], Uint8Array | null>();

function endTable(list: readonly string[]): Uint8Array | null {
  if (!list.every(Boolean)) return null;
  const table = new Uint8Array(0x10000);
  for (const s of list) table[s.charCodeAt(s.length - 1)] = 1;
  return table;
}

/** The suffix a phrase ends with, from `list`. */
export function suffixOf(phrase: string, list: readonly string[]): string | undefined {
  // Most phrases (every token, for unquoted names) end in no suffix's last character: one read, no scan.
  let ends = lastChars.get(list);
  if (ends === undefined) lastChars.set(list, (ends = endTable(list)));
  if (ends && !ends[phrase.charCodeAt(phrase.length - 1)]) return undefined;
  // A loop, not list.find(closure): a closure over `phrase` costs an allocation on every call.
  for (const s of list) if (phrase.endsWith(s)) return s;
  return undefined;
}


const COUNTED_MEASURES = new RegExp(`[${CN_NUMERAL}0-9]+(?:${longestFirst(suffixes.countedMeasures).join('|')})$`);
/** 优化营商环境十二条措施, 便民惠企措施二十条: a package of numbered measures with a topic (not 这一条, 第十二条). */
export function isCountedMeasures(core: string): boolean {
  const m = COUNTED_MEASURES.exec(core);
  return !!m && m.index >= 2 && core[m.index - 1] !== '第';
}

/** 四夜, 五全一常态, 1+1+1+N: a numbered or enumerative slogan. */
export const isNumbered = (core: string) => NUMBERED.test(core);
/** 三高四新, 一岗双责: two numerals or more make an enumeration that names a policy on its own. */
export const isEnumerative = (core: string) => ENUMERATIVE.test(core);

/** The core of a phrase without its suffix (雪亮工程 → 雪亮); generic cores name nothing. */
export function distinctive(core: string): boolean {
  const c = core.replace(/[“”]/g, '');
  return c.length >= 2 && !GENERIC.has(c);
}

/** 集中统一 (one jieba word) is 集中 + 统一: a word made only of generic words is generic too. */
export function composedOfGeneric(word: string): boolean {
  if (GENERIC.has(word)) return true;
  for (let i = 2; i <= word.length - 2; i++) if (GENERIC.has(word.slice(0, i)) && composedOfGeneric(word.slice(i))) return true;
  return false;
}
