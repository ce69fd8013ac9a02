// Person names: a surname (single or compound) and a 1–2 character given name, accepted on evidence —
// a role word before (书记赵立平) or after (刘觉仕教授), a speech verb after (彭丰伟表示), the article's
// credits (bylines, photo credits), jieba's name tag, a list with an accepted name (熊宝星、雷长庚),
// or the same name accepted elsewhere in the article. Masked names (魏某德) are kept with masked: true;
// courtesy forms (李警官) are passed on for the resolver to attach to a full name, or dropped.
import type { AnalysedArticle, Mention } from '../src/model/types.ts';
import { segment } from '../src/nlp/segment.ts';
import { personData, type PersonData } from './lib/person-data.ts';
import { hanAt, indexTokens, isHan, readName, surnameAt, wordAfter, wordBefore, type NameReading, type TokenIndex } from './lib/person-names.ts';
import { roleBefore } from './lib/person-role.ts';
import { OtherMentions, Taken } from './lib/person-spans.ts';
import type { Extractor, ExtractContext } from './types.ts';

const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** Words that carry a clause on after a name and its title (赵立平书记|强调). */
const CLAUSE_TAGS = new Set(['v', 'vd', 'd', 'p', 'c', 'ad']);

type Evidence = 'credit' | 'role' | 'speech' | 'jieba' | 'place' | 'list' | 'repeat' | 'masked';

interface Found extends NameReading {
  evidence: Evidence;
  role?: string;
}

export const person: Extractor = {
  name: 'person',
  type: 'person',
  userWords: () => [...personData().titles.keys()].map((t) => [t, 'nr'] as const),
  extract: (doc, context) => extractPersons(doc, context),
};

export function extractPersons(doc: AnalysedArticle, { previous }: ExtractContext): Mention[] {
  const d = personData();
  const { text, credits } = doc.article;
  const idx = indexTokens(doc.tokens, text.length);
  const blockers = previous.filter((m) => m.type !== 'person');
  const others = new OtherMentions(blockers, text.length);
  const blocked = (s: number, e: number) => others.contains(s, e);
  const placeEndsAt = new Set(blockers.filter((m) => m.type === 'place').map((m) => m.end));
  // Credits name people or, for photos, sometimes an organisation (桂东县委宣传部供图): keep names only.
  const credited = new Set(credits.map((c) => c.name.replace(/\s+/g, '')).filter((c) => looksLikeName(c, d)));
  const creditFirst = new Set([...credited].map((c) => c.charCodeAt(0))); // char codes: no string per offset

  const found = new FoundList(text.length);
  const out: Mention[] = [];
  let lastEnd = 0;
  for (let i = 0; i < text.length; i++) {
    if (!hanAt(text, i)) continue;
    // Names start at a token, or right after a role word jieba glued to the surname into an unknown
    // word (辅警谢/x|建军); inside known words nothing starts.
    const glued = !idx.starts[i];
    // Only a surname starts a name inside a word: one table read skips most offsets.
    if (glued && !d.surnameClass[text.charCodeAt(i)]) continue;
    if (glued && (idx.covering(i)?.tag !== 'x' || !wordBefore(text, i, d.roles, d.roleMax))) continue;
    const s = surnameAt(text, i, d);
    if (!s && (glued || !creditFirst.has(text.charCodeAt(i)))) continue;
    const title = wordAfter(text, i, d.titles, 4);
    if (title) {
      out.push({ type: 'person', text: title, start: i, end: i + title.length, source: 'person:title', canonical: d.titles.get(title) });
      i += title.length - 1;
      continue;
    }
    const courtesy = courtesyAt(text, i, d);
    if (courtesy) {
      if (!blocked(i, courtesy.end)) out.push({ type: 'person', text: text.slice(i, courtesy.end), start: i, end: courtesy.end, source: `person:courtesy:${courtesy.hint}` });
      i = courtesy.end - 1;
      continue;
    }
    // No array or closure per offset here: most surnames start some credited name.
    let credit: string | undefined;
    if (creditFirst.has(text.charCodeAt(i))) {
      for (const c of credited) {
        if (!text.startsWith(c, i)) continue;
        credit = c;
        break;
      }
    }
    if (credit && !blocked(i, i + credit.length)) {
      found.add(accepted({ start: i, end: i + credit.length, surname: credit[0], common: true, masked: false }, 'credit'));
      lastEnd = i + credit.length;
      i = lastEnd - 1;
      continue;
    }
    // A glued start was let through only after a role word: no need to look for one again.
    const name = readName(text, i, d, idx, glued || !!wordBefore(text, i, d.roles, d.roleMax));
    if (!name || blocked(name.start, name.end) || partOfLargerName(text, name, d)) continue;
    // After a glued role word the given name must not be a verb, adverb or adjective: 辅警|全覆盖 is no 全覆盖.
    if (glued && /^[vda]/.test(idx.at.get(i + name.surname.length)?.tag ?? '')) continue;
    const f = judge(text, name, d, idx, credited, placeEndsAt, lastEnd);
    if (!f || !overlapAllowed(f, others)) continue;
    found.add(f);
    lastEnd = f.end;
    i = f.end - 1;
  }
  addLists(text, found, d, idx, blocked);
  addRepeats(text, found, blocked);
  const surfaces = new Set(found.list.map((f) => text.slice(f.start, f.end)));
  for (const c of credited) if (!surfaces.has(c)) addCredit(text, c, found, blocked);

  // Roles stated at any occurrence (a byline name that is also 蓝山支行客户经理黄山峰 in the text).
  const list = found.sorted();
  const photo = new Set(credits.filter((c) => c.kind === 'photo').map((c) => c.name.replace(/\s+/g, '')));
  list.forEach((f, k) => {
    if (f.role || f.masked || !wordBefore(text, f.start, d.roles, d.roleMax)) return;
    f.role = roleBefore(text, f.start, k > 0 ? list[k - 1].end : 0, idx);
  });
  // （作者系中共双牌县委副书记、县人民政府县长）: the author note gives the one byline name its role.
  const note = AUTHOR_NOTE.exec(text)?.[1];
  const bylines = credits.filter((c) => c.kind === 'byline');
  const author = note && bylines.length === 1 ? bylines[0].name.replace(/\s+/g, '') : undefined;
  for (const f of list) if (author && !f.role && text.slice(f.start, f.end) === author) f.role = note;
  for (const f of list) {
    const m: Mention = { type: 'person', text: text.slice(f.start, f.end), start: f.start, end: f.end, source: `person:${f.evidence}` };
    if (f.masked) m.masked = true;
    if (f.role) m.role = f.role;
    if (photo.has(m.text) && !m.role) m.role = '摄影';
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

const AUTHOR_NOTE = /[（(]\s*作者[系为是]([^（）()]{2,40})[）)]/;
const WEAK_PLACES = new Set(['place:short', 'place:world', 'place:natural', 'place:site']);
const STRONG: ReadonlySet<Evidence> = new Set(['credit', 'role', 'speech']);

/**
 * A reading that cuts through a mention of another type is dropped, unless strong evidence meets a place
 * read by a weak rule: in 村民黄山平坐上 the name wins over the short form 黄山.
 */
function overlapAllowed(f: Found, others: OtherMentions): boolean {
  return others.overlapping(f.start, f.end).every((m) => STRONG.has(f.evidence) && WEAK_PLACES.has(m.source));
}

/** Accepted names, with their offsets taken. */
class FoundList {
  readonly list: Found[] = [];
  private readonly taken: Taken;

  constructor(length: number) {
    this.taken = new Taken(length);
  }

  add(f: Found): void {
    this.list.push(f);
    this.taken.add(f.start, f.end);
  }

  overlaps(s: number, e: number): boolean {
    return this.taken.overlaps(s, e);
  }

  sorted(): Found[] {
    return this.list.sort((a, b) => a.start - b.start);
  }
}

/** A credited string that can be a personal name: surname, 1–2 given characters, no unit suffix. */
export function looksLikeName(s: string, d: PersonData): boolean {
  const surname = surnameAt(s, 0, d)?.surname;
  if (!surname || !/^[\u4e00-\u9fff]+$/.test(s)) return false;
  const given = s.length - surname.length;
  return given >= 1 && given <= 2 && ![...s.slice(surname.length)].some((c) => d.notEnd.has(c));
}

/**
 * A reading with its evidence, every found name in one shape (role included, later set or not): built
 * by spreads of readings, they came in several, and the person extractor over 100× took 12% longer.
 */
function accepted({ start, end, surname, common, masked }: NameReading, evidence: Evidence, role?: string): Found {
  return { start, end, surname, common, masked, evidence, role };
}

/** Why the reading at `name` is a person, or undefined when nothing says so. */
function judge(text: string, name: NameReading, d: PersonData, idx: TokenIndex, credited: ReadonlySet<string>, placeEndsAt: ReadonlySet<number>, floor: number): Found | undefined {
  const surface = text.slice(name.start, name.end);
  if (name.masked) return accepted(name, 'masked');
  if (credited.has(surface)) return accepted(name, 'credit');
  // 包案, 和社: an ambiguous surname with a one-character given name needs a credit; with two, the
  // reading must not be one word jieba knows as something else (群众|满意度/ns).
  if (!name.common && name.end - name.start < 3) return undefined;
  const word = idx.at.get(name.start);
  if (!name.common && word && word.end === name.end && !NAME_TAGS.has(word.tag) && word.tag !== 'x') return undefined;
  const before = wordBefore(text, name.start, d.roles, d.roleMax);
  const after = wordAfter(text, name.end, d.roles, d.roleMax);
  // A role right after the name belongs to it only when the clause goes on (刘觉仕教授将…), not when
  // another name follows (记者王晓明通讯员李娟).
  const next = name.end + (after?.length ?? 0);
  const goesOn = !isHan(text[next]) || d.stopEnd.has(text[next]) || CLAUSE_TAGS.has(idx.at.get(next)?.tag ?? '');
  const ownAfter = after && goesOn ? after : undefined;
  if (before || (ownAfter && name.common && name.end - name.start >= 3)) {
    const fromBefore = before ? roleBefore(text, name.start, floor, idx) : undefined;
    const role = fromBefore && ownAfter ? `${fromBefore}、${ownAfter}` : fromBefore || ownAfter || undefined;
    return accepted(name, 'role', role);
  }
  if (wordAfter(text, name.end, d.speech, d.speechMax) && name.end - name.start >= 3) return accepted(name, 'speech');
  // 赵立平，男，1970年出生: a profile line.
  if (/^[，,（(][男女][，,）)]/.test(text.slice(name.end, name.end + 3))) return accepted(name, 'speech');
  if (!name.common) return undefined;
  const t = idx.at.get(name.start);
  // jieba's name tag alone is weak (杜鹃花竞相开放): the name must also end its clause or meet a verb.
  const closes = !isHan(text[name.end]) || d.stopEnd.has(text[name.end]);
  if (t && t.end === name.end && NAME_TAGS.has(t.tag) && t.word.length >= 3 && closes && !isCommonWord(t.word.slice(name.surname.length)) && !isCommonWord(t.word.slice(0, 2), NOUNISH)) {
    return accepted(name, 'jieba');
  }
  // 沤江镇郭履坤当了…: a three-character name right after a place, then a clause boundary or a verb.
  if (placeEndsAt.has(name.start) && name.end - name.start === 3 && (!isHan(text[name.end]) || d.stopEnd.has(text[name.end]))) {
    return accepted(name, 'place');
  }
  return undefined;
}

const WORD_TAGS = new Set(['n', 'v', 'vn', 'a', 'an', 'ad', 'd', 't', 'f', 'm', 'q', 'r', 'p', 'c', 's']);

/** Nouns and adverbs: 黄金周, 林业局 and 高速路 start with one (黄金, 林业, 高速). */
const NOUNISH = new Set(['n', 'vn', 't', 'd', 'm', 'f', 's']);

/** 近段时间 (jieba: 段时间/nr): the given name (or the name's start) is an ordinary word on its own. */
function isCommonWord(part: string, tags: ReadonlySet<string> = WORD_TAGS): boolean {
  const tagged = segment(part);
  return tagged.length === 1 && tags.has(tagged[0].tag);
}

/** 李达中学, 张富清金融服务队, 马桥镇: the reading runs into an organisation or place suffix. */
function partOfLargerName(text: string, name: NameReading, d: PersonData): boolean {
  if (name.masked) return false;
  for (let k = name.start + name.surname.length; k < name.end; k++) if (d.notEnd.has(text[k])) return true;
  return !!wordAfter(text, name.end, d.notAfter, d.notAfterMax);
}

/** A courtesy form at `i` (李阿姨, 李警官), with its role hint. */
function courtesyAt(text: string, i: number, d: PersonData): { end: number; hint: string } | undefined {
  const s = surnameAt(text, i, d);
  if (!s || !s.common) return undefined;
  const g = i + s.surname.length;
  for (const n of [3, 2]) {
    const form = text.slice(g, g + n);
    if (d.courtesy.has(form)) return { end: g + n, hint: d.courtesy.get(form) ?? '' };
  }
  return undefined;
}

const LIST_SEP = /^[、\s]$/;

/** Names listed beside an accepted one: 熊宝星、雷长庚 after it, 肖光明、刘红梅表示 before it. */
function addLists(text: string, found: FoundList, d: PersonData, idx: TokenIndex, blocked: (s: number, e: number) => boolean): void {
  const ok = (name: NameReading | undefined): name is NameReading =>
    !!name && !name.masked && !blocked(name.start, name.end) && !partOfLargerName(text, name, d) && !found.overlaps(name.start, name.end);
  const list = found.sorted();
  for (let k = 0; k < list.length; k++) {
    const f = list[k];
    if (LIST_SEP.test(text[f.end] ?? '')) {
      const name = readName(text, f.end + 1, d, idx);
      if (ok(name)) found.add(accepted(name, 'list'));
    }
    if (f.start > 0 && LIST_SEP.test(text[f.start - 1])) {
      const sep = f.start - 1;
      // The first reading that ends at the separator and stands on its own (阳晓东 is part of 欧阳晓东).
      const name = [3, 2, 4]
        .map((n) => readName(text, sep - n, d, idx))
        .find((x) => x?.end === sep && ok(x) && (!isHan(text[x.start - 1]) || idx.at.has(x.start)));
      if (name) found.add(accepted(name, 'list'));
    }
  }
}

/** Every other occurrence of an accepted name in the article. */
function addRepeats(text: string, found: FoundList, blocked: (s: number, e: number) => boolean): void {
  const names = new Map<string, Found>();
  for (const f of found.list) if (!f.masked) names.set(text.slice(f.start, f.end), f);
  for (const [surface, f] of names) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      if (found.overlaps(at, at + surface.length) || blocked(at, at + surface.length)) continue;
      found.add(accepted({ start: at, end: at + surface.length, surname: f.surname, common: f.common, masked: f.masked }, 'repeat'));
    }
  }
}

/** A credited name (byline, photo credit) where the article text has it, spaces allowed inside. */
function addCredit(text: string, credit: string, found: FoundList, blocked: (s: number, e: number) => boolean): void {
  const loose = new RegExp([...credit].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s{0,3}'), 'g');
  for (const m of text.matchAll(loose)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.overlaps(start, end) || blocked(start, end)) continue;
    found.add(accepted({ start, end, surname: credit[0], common: true, masked: false }, 'credit'));
  }
}
