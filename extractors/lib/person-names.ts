// Reading a Chinese personal name at a position: surname (single or compound), then a 1–2 character
// given name whose end is decided by characters that rarely end names and by jieba's segmentation.
import type { Token } from '../../src/model/types.ts';
import { SURNAME_AMBIGUOUS, SURNAME_COMMON, SURNAME_COMPOUND_FIRST, type PersonData } from './person-data.ts';

export const isHan = (c: string | undefined): c is string => !!c && c >= '\u4e00' && c <= '\u9fff';

/** isHan(text[i]) without building a one-character string (hot loops over every offset). */
export function hanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** jieba tags that may cover (part of) a name: names, unknown words, proper nouns, places (黄山平). */
const NAMEISH = new Set(['nr', 'nrfg', 'nrt', 'nz', 'x', 'ns', 'zg', 'ng', 'tg', 'j']);

/** jieba's person-name tags. */
const GIVEN_TAGS = new Set(['nr', 'nrfg', 'nrt']);

/** Tags of a surname character used as a word of its own (和 c, 段 q, 于 p, 全 a). */
const FUNCTION_TAGS = new Set(['c', 'p', 'q', 'd', 'm', 'r', 'u', 'uj', 'ul', 'v', 'f', 'a', 'ad']);

/** Function words (正在, 已经, 对于) that cannot begin inside a name. */
const CUT_TAGS = new Set(['d', 'p', 'c', 'r', 'u', 'uj', 'ul', 'ad', 't', 'm', 'q']);

export interface NameReading {
  start: number;
  end: number;
  surname: string;
  /** Surname tier: common surnames need less evidence than ambiguous ones (高, 文, 和). */
  common: boolean;
  masked: boolean;
}

/** Tokens indexed by start offset and by covered offset. */
export interface TokenIndex {
  /** The token starting at an offset. */
  at: { get(offset: number): Token | undefined; has(offset: number): boolean };
  /** 1 at each offset where a token starts: at.has() for the loops over every offset. */
  starts: Uint8Array;
  covering: (offset: number) => Token | undefined;
}

/** Every extractor of an article indexes the same tokens: built once per token list. */
const indexes = new WeakMap<readonly Token[], { length: number; index: TokenIndex }>();

export function indexTokens(tokens: readonly Token[], length: number): TokenIndex {
  const known = indexes.get(tokens);
  if (known && known.length === length) return known.index;
  const index = buildIndex(tokens, length);
  indexes.set(tokens, { length, index });
  return index;
}

function buildIndex(tokens: readonly Token[], length: number): TokenIndex {
  // Offsets to token numbers in typed arrays: no Map of every token built per article.
  const first = new Int32Array(length + 1).fill(-1);
  const starts = new Uint8Array(length + 1);
  const cover = new Int32Array(length).fill(-1);
  tokens.forEach((t, k) => {
    if (t.start <= length) {
      first[t.start] = k;
      starts[t.start] = 1;
    }
    for (let i = t.start; i < t.end && i < length; i++) cover[i] = k;
  });
  const at = {
    get: (o: number) => (o >= 0 && o <= length && first[o] >= 0 ? tokens[first[o]] : undefined),
    has: (o: number) => o >= 0 && o <= length && first[o] >= 0,
  };
  return { at, starts, covering: (o) => (o >= 0 && o < length && cover[o] >= 0 ? tokens[cover[o]] : undefined) };
}

/** The surname starting at `i`, compound first. */
export function surnameAt(text: string, i: number, d: PersonData): { surname: string; common: boolean } | undefined {
  const cls = d.surnameClass[text.charCodeAt(i)];
  if (!cls) return undefined;
  if (cls & SURNAME_COMPOUND_FIRST) {
    const two = text.slice(i, i + 2);
    if (d.compound.has(two)) return { surname: two, common: true };
  }
  if (cls & SURNAME_COMMON) return { surname: text[i], common: true };
  if (cls & SURNAME_AMBIGUOUS) return { surname: text[i], common: false };
  return undefined;
}

/**
 * The name reading at `i`, or undefined when the characters there cannot be a name.
 * Masked names (魏某德, 唐某某, 龙某) are read too.
 */
export function readName(text: string, i: number, d: PersonData, idx: TokenIndex, afterRole = false): NameReading | undefined {
  const s = surnameAt(text, i, d);
  if (!s) return undefined;
  const g = i + s.surname.length;
  if (text[g] === '某') {
    if (!s.common) return undefined;
    let end = g + 1;
    // 魏某德 but not 唐某依(法): the third character must not start a longer word.
    const t = idx.at.get(end);
    const word = t && t.end > end + 1 && !NAMEISH.has(t.tag);
    if (text[end] === '某' || (isHan(text[end]) && !word && !d.stopEnd.has(text[end]) && !d.stopStart.has(text[end]))) end++;
    return { start: i, end, surname: s.surname, common: true, masked: true };
  }
  const c1 = text[g];
  // 向, 和 … rarely start a given name, unless jieba reads a name there (曾|向阳/nr, 李向东/nr).
  const givenToken = idx.at.get(g);
  const wholeToken = idx.at.get(i);
  const namedGiven =
    (givenToken?.word.length === 2 && GIVEN_TAGS.has(givenToken.tag)) ||
    (wholeToken?.word.length === s.surname.length + 2 && GIVEN_TAGS.has(wholeToken.tag)); // 李向东/nr
  if (!isHan(c1) || (d.stopStart.has(c1) && !namedGiven)) return undefined;
  // A common word starting here (高度, 安全感, 周边) is not a name, unless jieba could not read what
  // follows it either (何国/r|平说/x: the name runs on into an unknown word).
  const first = idx.at.get(i);
  const runsIntoUnknown = first?.word.length === 2 && idx.at.get(first.end)?.tag === 'x';
  if (first && first.end > g && first.word.length >= 2 && !NAMEISH.has(first.tag) && !runsIntoUnknown) return undefined;
  // 和党员, 一段时间, 于案发: the surname character is a word of its own (conjunction, measure word…)
  // and an ordinary word follows. 罗建军 (罗/j 建军/n) stays a name.
  const next = idx.at.get(g);
  const own = first && first.end === g ? first.tag : '';
  // After a role word a surname jieba reads as a numeral is still one (主任|左/m|建平), and so is a common
  // surname read as an adjective or measure word (董事长|黄/a|建新, 书记|张/q|立新; not 田长|全/a|覆盖).
  const numeralAfterRole = afterRole && (own === 'm' || ((own === 'a' || own === 'q') && s.common));
  if (next && next.word.length >= 2 && !NAMEISH.has(next.tag) && next.tag !== 'a' && FUNCTION_TAGS.has(own) && !numeralAfterRole) return undefined;
  let end = g + 1;
  const c2 = text[end];
  if (isHan(c2) && !d.stopEnd.has(c2)) {
    // 欧阳华结合: 结 starts a word running past the name, and what follows (合) is not a name boundary.
    // 周丹|正在: a function word starting there always ends the name; another word (平等 in 陈小平等)
    // only when what follows it is not itself a boundary.
    const t = idx.at.get(end);
    const crosses = t && t.end > end + 1 && !NAMEISH.has(t.tag);
    const after = text[end + 1];
    if (!crosses || (!CUT_TAGS.has(t.tag) && (!isHan(after) || d.stopEnd.has(after)))) end++;
  }
  return { start: i, end, surname: s.surname, common: s.common, masked: false };
}

/** Spaces and closing quotes skipped before a word (/[\s”"’]/ as a table: this runs at most offsets). */
const SKIPPED_BEFORE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/[\s”"’]/.test(String.fromCharCode(c))) SKIPPED_BEFORE[c] = 1;

/** The longest word of `set` (up to `max` chars) that `text` has ending at `end`, skipping quotes/spaces. */
export function wordBefore(text: string, end: number, set: ReadonlySet<string>, max: number): string | undefined {
  let e = end;
  while (e > 0 && SKIPPED_BEFORE[text.charCodeAt(e - 1)]) e--;
  if (!charTable(set, lastCodes, (w) => w.charCodeAt(w.length - 1))[text.charCodeAt(e - 1)]) return undefined; // no word ends so
  for (let n = Math.min(max, e); n >= 1; n--) {
    const w = text.slice(e - n, e);
    if (set.has(w)) return w;
  }
  return undefined;
}

/** The longest word of `set` (up to `max` chars) starting at `start`. */
export function wordAfter(text: string, start: number, set: ReadonlySet<string> | ReadonlyMap<string, unknown>, max: number): string | undefined {
  if (!charTable(set, firstCodes, (w) => w.charCodeAt(0))[text.charCodeAt(start)]) return undefined; // no word starts so
  for (let n = Math.min(max, text.length - start); n >= 1; n--) {
    const w = text.slice(start, start + n);
    if (set.has(w)) return w;
  }
  return undefined;
}

// The first and last characters of each word list, as char-code flag tables built on first use: most
// offsets are rejected by one read instead of a slice and lookup per length. The lists never change.
type WordList = ReadonlySet<string> | ReadonlyMap<string, unknown>;
const firstCodes = new WeakMap<WordList, Uint8Array>();
const lastCodes = new WeakMap<WordList, Uint8Array>();

function charTable(list: WordList, tables: WeakMap<WordList, Uint8Array>, code: (word: string) => number): Uint8Array {
  let table = tables.get(list);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const w of list.keys()) if (w) table[code(w)] = 1;
    tables.set(list, table);
  }
  return table;
}
