// Finding organisation names in a token stream: a head word (公安局, 派出所, 有限公司) closes a name, whose
// left boundary is the first place name or known prefix (else the first proper noun) of the name-like
// tokens before it.
import type { Mention, Token } from '../../src/model/types.ts';
import boundary from '../data/org-boundary.json' with { type: 'json' };
import { headOf, isOrgWord, mayEndHead, TEAMS, NAME_VERBS, NOT_BEFORE, parentHeadOf, PREFIXES, QUOTED_HEADS, RELATIVE, ROLES, STANDALONE } from './org-grammar.ts';
import { lineBreakIn } from './lines.ts';
import { placeAt, type PlaceHit } from './org-places.ts';

const STOP_TAGS = new Set(boundary.stopTags);
const SHORT_STOP_TAGS = new Set(boundary.shortStopTags);
const STOP_WORDS = new Set(boundary.stopWords);
const PROPER_TAGS = new Set(boundary.properTags);
const GLUED = new Set(boundary.gluedStopChars);
const HONOUR_VERBS: readonly string[] = boundary.honourVerbs;
const HAN = /\p{Script=Han}/u;
const ORDINAL = /^第[一二三四五六七八九十0-9]{1,3}$/;
const NUMERAL_NAME = /^[一二三四五六七八九十]{2,3}$/;
const NAME_CHAR = /^[\p{Script=Han}A-Za-z0-9·]+$/u;

export interface OrgName {
  start: number;
  end: number;
  /** Offsets of the token boundaries inside the name, for nested units. */
  cuts: number[];
  /** The place the name starts with (after a prefix such as 中共), if any. */
  place?: PlaceHit;
  /** The name starts with 省/市/县/区 and no place: a relative form. */
  relative: boolean;
}

const ROLES_BY_LAST = new Map<string, string[]>();
for (const r of ROLES) ROLES_BY_LAST.set(r.at(-1)!, [...(ROLES_BY_LAST.get(r.at(-1)!) ?? []), r]);
/** Last characters of the job titles, as a char-code flag table: most tokens end in none. */
const ROLE_ENDS = new Uint8Array(0x10000);
for (const last of ROLES_BY_LAST.keys()) ROLE_ENDS[last.charCodeAt(0)] = 1;
/** 省/市/县/区 by char code: the first character of most two-character tokens is tested (no string made). */
const RELATIVE_FIRST = new Uint8Array(0x10000);
for (const r of RELATIVE) if (r.length === 1) RELATIVE_FIRST[r.charCodeAt(0)] = 1;

/**
 * The job title a longer word ends with (区委书记 → 书记). A loop, not find(closure): a closure over
 * `word` (or over the token loop's token) costs an allocation on every call.
 */
function gluedRole(word: string): string | undefined {
  if (word.length <= 2 || !ROLE_ENDS[word.charCodeAt(word.length - 1)]) return undefined;
  for (const r of ROLES_BY_LAST.get(word.at(-1)!) ?? []) if (word.length > r.length && word.endsWith(r)) return r;
  return undefined;
}

/**
 * Token repairs before the grammar runs:
 * - job titles glued to a head are split off (零陵|区委书记 → 区委|书记);
 * - a party committee split after its place is joined (桂东县|委|宣传部 → 桂东县委|宣传部, 双牌县|委副 → 双牌县委|副);
 * - a level word glued to a department's first character is cut off (市民|政局 → 市|民政局).
 */
export function repairTokens(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out.at(-1);
    if (prev && prev.end === t.start && t.word.length > 1 && t.word.startsWith('行') && splitBranch(prev) && afterBank(out)) {
      const branch = { word: `${prev.word.at(-1)}行`, tag: 'n', start: prev.end - 1, end: t.start + 1 };
      if (prev.word.length > 1) out[out.length - 1] = { word: prev.word.slice(0, -1), tag: prev.tag, start: prev.start, end: prev.end - 1 };
      else out.pop();
      out.push(branch, { word: t.word.slice(1), tag: 'x', start: t.start + 1, end: t.end });
      continue;
    }
    // 市民|政局: a level word glued to the first character of a department (市|民政局).
    if (prev && prev.end === t.start && prev.word.length === 2 && RELATIVE_FIRST[prev.word.charCodeAt(0)] && !headOf(t.word, t.tag) && isOrgWord(prev.word[1] + t.word)) {
      out[out.length - 1] = { word: prev.word[0], tag: 'n', start: prev.start, end: prev.start + 1 };
      out.push({ word: prev.word[1] + t.word, tag: 'n', start: prev.start + 1, end: t.end });
      continue;
    }
    if (prev && prev.end === t.start && t.word.startsWith('委') && LEVEL_END.test(prev.word)) {
      out[out.length - 1] = { word: prev.word + '委', tag: 'n', start: prev.start, end: t.start + 1 };
      if (t.word.length > 1) out.push({ word: t.word.slice(1), tag: 'b', start: t.start + 1, end: t.end });
      continue;
    }
    const role = gluedRole(t.word);
    const name = role ? t.word.slice(0, -role.length) : '';
    if (!role || !headOf(name, 'n')) {
      out.push(t);
      continue;
    }
    const cut = t.start + name.length;
    out.push({ word: name, tag: 'n', start: t.start, end: cut }, { word: role, tag: 'n', start: cut, end: t.end });
  }
  return out;
}
/**
 * 娄底|分|行为, 娄星支|行为: jieba reads a bank branch's 行 into the next word. The 分/支 stands alone
 * or ends an unknown word (never a known one: 部分|行为).
 */
const splitBranch = (t: Token) => /[分支]$/.test(t.word) && (t.word.length === 1 || t.tag === 'x');
/** A bank named in the last few tokens before the 分/支: the branch is one of its. */
const afterBank = (out: readonly Token[]) => out.slice(-4, -1).some((t) => t.word.endsWith('银行') || t.word.endsWith('农商行'));
/** A job title ends any name to its left (湖南农业大学|副校长|邹|学校 is no school). */
const ROLE_WORDS = new Set(ROLES);
const LINK_END = new Set(['至', '到', '和', '与', '及', '或']);
const LEVEL_END = /[\p{Script=Han}][省市县区]$/u;

/** Can this token be part of a name (going left from the head)? */
function nameLike(text: string, t: Token, next: Token, head: Token, placeStarts: ReadonlySet<number>): boolean {
  if (!NAME_CHAR.test(t.word) || STOP_WORDS.has(t.word) || ROLE_WORDS.has(t.word)) return false;
  // jieba glues a linking word to an unknown word before it (岔路|口至|柳子中学): the name starts after it.
  if (t.word.length > 1 && t.tag === 'x' && LINK_END.has(t.word.at(-1)!)) return false;
  if (isOrgWord(t.word) || RELATIVE.has(t.word) || placeStarts.has(t.start) || NAME_VERBS.has(t.word)) return true;
  if (isOrgWord(t.word + next.word)) return true; // a department word jieba split: 组织|部
  if (ORDINAL.test(t.word) || NUMERAL_NAME.test(t.word)) return true;
  // One-character tokens inside a name are mostly mis-tagged name parts (张富|清|金融服务队).
  const ok = t.word.length === 1 ? !SHORT_STOP_TAGS.has(t.tag) && !t.tag.startsWith('v') : !STOP_TAGS.has(t.tag);
  if (ok) return true;
  // jieba splits some place names badly (零|陵区, 道|县公安局): a place starting here counts.
  const place = placeAt(text, t.start);
  return !!place && place.end > t.start + 1 && place.end <= head.start + 1;
}

/** Index of the “ that opens the quote closed by tokens[close] (”), within a short quoted name on one line. */
function quoteOpen(text: string, tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 8; k--) {
    if (lineBreakIn(text, tokens[k].end, tokens[k + 1].start)) return -1;
    if (tokens[k].word === '“') return tokens[close].start - tokens[k].end >= 2 && !tokens[close - 1].word.endsWith('式') ? k : -1;
    if (!NAME_CHAR.test(tokens[k].word)) return -1;
  }
  return -1;
}

/** Leftmost token index of the name-like run ending at the head token `last`. */
function leftRun(text: string, tokens: readonly Token[], last: number, placeStarts: ReadonlySet<number>, company: boolean): number {
  let first = last;
  for (let k = last - 1; k >= 0; k--) {
    const t = tokens[k];
    if (tokens[last].end - t.start > boundary.maxLength || lineBreakIn(text, t.end, tokens[first].start)) break;
    if (t.word === '”') {
      const open = quoteOpen(text, tokens, k);
      if (open < 0) break;
      first = k = open;
      continue;
    }
    // A company's industry words just before its legal form may be verbs (生态农业|开发|有限公司).
    const industry = company && last - k <= 3 && t.tag.startsWith('v') && t.word.length >= 2;
    if (!nameLike(text, t, tokens[k + 1], tokens[last], placeStarts) && !(company && NUMERAL_WORD.test(t.word)) && !industry) break;
    first = k;
  }
  return first;
}
/** Numerals inside a company's trade name: 湖南|三|一中|源新材料有限公司, 三一重工. */
const NUMERAL_WORD = /^[一二三四五六七八九十百千0-9]{1,3}$/;

/** Prefixes of two characters or more also start longer tokens: 中国人民银行, 中共中央. */
const LONG_PREFIXES = [...PREFIXES].filter((p) => p.length >= 2);

/** skip: characters of a leading function word glued to a proper noun by jieba (由鸿威 → 鸿威). */
interface Starter {
  place?: PlaceHit;
  relative: boolean;
  skip: number;
  /** Places, prefixes and relative prefixes are strong starts; proper nouns are weak ones. */
  strong: boolean;
}

/** Can a name start at this token? A place, a prefix, a relative prefix, a proper noun or a quote. */
function starter(text: string, t: Token, placeStarts: ReadonlySet<number>): Starter | undefined {
  const place = placeAt(text, t.start);
  if (place && (place.end >= t.end || placeStarts.has(t.start) || place.end - t.start >= 2)) return { place, relative: false, skip: 0, strong: true };
  if (RELATIVE.has(t.word) || (RELATIVE.has(t.word[0]) && (headOf(t.word.slice(1), 'n') || isOrgWord(t.word.slice(1)) || t.tag === 'j'))) {
    return { relative: true, skip: 0, strong: true };
  }
  // 据市|教育局: a function word glued to the level word of a relative name.
  if (t.word.length === 2 && GLUED.has(t.word[0]) && RELATIVE.has(t.word[1])) return { relative: true, skip: 1, strong: true };
  if (PREFIXES.has(t.word) || LONG_PREFIXES.some((p) => t.word.startsWith(p) && t.word.length > p.length)) {
    const after = PREFIXES.has(t.word) ? placeAt(text, t.end) : undefined; // 中共|双牌县委, not 国家税务总局|永州市
    return { place: after, relative: false, skip: 0, strong: true };
  }
  if (t.word === '“') return { relative: false, skip: 0, strong: false };
  if (PROPER_TAGS.has(t.tag) && HAN.test(t.word)) return { relative: false, skip: t.word.length >= 3 && GLUED.has(t.word[0]) ? 1 : 0, strong: false };
  return undefined;
}

/** The head closing at token `i`: its own word, or a two-token head (工作|室, 金融服务|队). */
function headAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!mayEndHead(t.word)) return undefined; // both readings below end with t's last character
  const h = headOf(t.word, t.tag);
  if (h || i === 0 || tokens[i - 1].end !== t.start) return h;
  const two = headOf(tokens[i - 1].word + t.word, 'n');
  // The head must span both tokens (工作|室), or be a team word closed by a bare 队/团 (金融服务|队).
  return two && (two.length > t.word.length || (TEAMS.has(two) && t.word === two)) ? two : undefined;
}

/** A name in quotes as a whole: “巧手维修队”, with a head fit for a quoted name. */
function wholeQuote(text: string, tokens: readonly Token[], last: number, h: string): number {
  if (tokens[last + 1]?.word !== '”' || !QUOTED_HEADS.some((q) => h.endsWith(q))) return -1;
  return quoteOpen(text, tokens, last + 1);
}

/**
 * A head followed by more of the same name is not a name of its own: 集团|有限公司, 中心|学校.
 * Only parent heads (公安局|交警大队, 银行|永州分行) close a unit inside a longer name.
 */
function continues(h: string, next: Token): boolean {
  if (!headOf(next.word, next.tag)) return false;
  return next.word.endsWith('公司') || !parentHeadOf(h);
}

/** The legal form that ends a company's registered name: 商业银行|股份有限公司 is one name, not two. */
const COMPANY_FORM = /^(?:股份)?有限(?:责任)?公司/;

/** 县乡村三级综治中心 lists levels, it is not the county's 综治中心: a relative name names one level. */
function relativeOk(tokens: readonly Token[], first: number, last: number): boolean {
  const second = tokens[first + 1]?.word ?? '';
  if (/^[省市县区乡镇村]/.test(second) && !isOrgWord(second)) return false;
  return !tokens.slice(first, last + 1).some((t) => t.word.includes('级'));
}

/** Every organisation name closed by a head token in `tokens`. */
export function findOrgNames(text: string, rawTokens: readonly Token[], previous: readonly Mention[]): OrgName[] {
  const tokens = repairTokens(rawTokens);
  const placeStarts = new Set(previous.filter((m) => m.type === 'place').map((m) => m.start));
  const out: OrgName[] = [];
  for (let last = 0; last < tokens.length; last++) {
    const head = tokens[last];
    const h = headAt(tokens, last);
    if (!h) continue;
    const next = tokens[last + 1];
    if (next && next.start === head.end && (NOT_BEFORE.has(next.word) || continues(h, next) || COMPANY_FORM.test(text.slice(head.end, head.end + 8)))) continue;
    const open = wholeQuote(text, tokens, last, h);
    if (open >= 0) {
      // 获评全省“枫桥式人民法庭”: an honour verb just before the quote.
      const before = text.slice(Math.max(0, tokens[open].start - 6), tokens[open].start);
      const honour = HONOUR_VERBS.some((v) => before.includes(v));
      if (head.end - tokens[open].end >= 4 && !honour) {
        const cuts = tokens.slice(open + 2, last + 1).map((t) => t.start);
        out.push({ start: tokens[open].start, end: next.end, cuts, relative: false });
      }
      continue;
    }
    const company = head.word.endsWith('公司'); // trade names, numerals and industry verbs are part of it
    const run = leftRun(text, tokens, last, placeStarts, company);
    const found = pickStart(text, tokens, run, last, placeStarts, company);
    if (!found) continue;
    const [first, s] = found;
    let start = tokens[first].start + s.skip;
    if (tokens[first].word === '“' && !text.slice(start, head.end).includes('”')) start += 1;
    // A start inside a quote (大祥|红”志愿服务队) moves back to the opening quote.
    const close = text.indexOf('”', start);
    if (close >= 0 && close < head.end && !text.slice(start, close).includes('“')) {
      const open = text.lastIndexOf('“', start);
      if (open >= 0 && start - open <= 10 && !lineBreakIn(text, open, start)) start = open;
    }
    if (head.end - start <= h.length) continue; // the head alone (学校, 医院) names nothing
    if (text[start - 1] === '“' && text[head.end] === '”') continue; // a quoted honour (“国家一级图书馆”), not a quoted team
    const relative = s.relative && !s.place;
    // One token is a name only when jieba knows it as one (中南大学/nt) or it starts with a place: 党支部, 维修中心 are not.
    if (first === last && !relative && !s.place && !STANDALONE.has(head.word) && !(head.tag === 'nt' && head.word.length >= 4)) continue;
    if (relative && !relativeOk(tokens, first, last)) continue;
    // A lone surname before the head (邹|学校, 李|书记) reads as a person, not a body named after one.
    if (!s.strong && last - first === 1 && tokens[first].word.length === 1 && tokens[first].tag === 'nr') continue;
    const cuts = tokens.slice(first + 1, last + 1).map((t) => t.start);
    out.push({ start, end: head.end, cuts, place: s.place, relative });
  }
  return out;
}

/** The first strong start (place, prefix) of the run, else its first proper noun; 公安部 starts itself. */
function pickStart(text: string, tokens: readonly Token[], run: number, last: number, placeStarts: ReadonlySet<number>, company: boolean): [number, Starter] | undefined {
  let weak: [number, Starter] | undefined = STANDALONE.has(tokens[last].word) ? [last, { relative: false, skip: 0, strong: false }] : undefined;
  for (let k = run; k <= last; k++) {
    const s = starter(text, tokens[k], placeStarts);
    // A company's trade name may come before its place (华菱|涟源|钢铁有限公司): the name starts at it.
    if (s?.strong) return company && weak?.[0] === k - 1 ? weak : [k, s];
    if (s && !weak) weak = [k, s];
  }
  return weak;
}
