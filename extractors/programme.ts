// Programmes: named initiatives. A quoted name is one when a programme suffix follows it (“四夜”行动), its own
// text ends in one (“雪亮工程”), a programme verb introduces it (推行“一切工作到支部”), or it is a numbered
// slogan in such a context (办好“六大实事”, “三高四新”), a campaign with its own steering body (“扫黄打非”工作小组)
// or a package of numbered measures (“稳增长二十条”); an unquoted noun phrase is one when it ends in a strong
// suffix (入园惠企专项行动, 田长制). Figures of speech, honours and slogans in quotes have none of these signals.
// src/resolve/programme.ts merges the surface forms of one programme.
import type { Mention, Token } from '../src/model/types.ts';
import orgBoundary from './data/org-boundary.json' with { type: 'json' };
import boundary from './data/programme-boundary.json' with { type: 'json' };
import {
  BODIES,
  CHIEF_SYSTEMS,
  composedOfGeneric,
  distinctive,
  FRAME_NOT_AFTER,
  FRAMES,
  isCountedMeasures,
  isEnumerative,
  isNumbered,
  MAX_TAIL,
  NUMBERED_VERBS,
  OWN_SUFFIXES,
  QUOTED_TAIL,
  SLOGAN_ENDINGS,
  suffixOf,
  UNQUOTED,
  VERBS,
  WEAK_TAIL,
} from './lib/programme-grammar.ts';
import { lineBreakIn } from './lib/lines.ts';
import type { Extractor } from './types.ts';

const STOP_TAGS = new Set(orgBoundary.stopTags);
const STOP_WORDS = new Set(boundary.stopWords);
const CJK_WORD = /^[\p{Script=Han}A-Za-z0-9+·]+$/u;
/** A quoted phrase: short, one clause (enumerations with 、 and +, no full sentences). */
const QUOTE = /“([^“”\n，。！？；：]{1,24})”/g;
/** A count with a measure word: “3个工作日内复核” is a time limit, not a name. */
const MEASURE = /[0-9]+[个天日年月次]/;
/** Quotes in a row share their context: 深化“跨省通办”“省内通办”改革, 做好“六稳”“六保”. */
const SERIES_GAP = /^[、和与及]?$/;

interface Quote {
  start: number;
  end: number;
  core: string;
}

const mention = (text: string, start: number, end: number, rule: string): Mention => ({
  type: 'programme',
  text: text.slice(start, end),
  start,
  end,
  source: `programme:${rule}`,
});

/** Index of the token starting at `at`, or -1. */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start === at) return mid;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Can a token be part of a name's tail or body? Nouns and name verbs, not function words. */
const bodyLike = (t: Token) => CJK_WORD.test(t.word) && !STOP_WORDS.has(t.word) && !(t.word.length === 1 && t.tag.startsWith('v')) && !(STOP_TAGS.has(t.tag) && !t.tag.startsWith('v') && t.tag !== 'm');

interface Tail {
  end: number;
  /** A weak tail (建设) marks an initiative but is not part of its name. */
  weak: boolean;
  /** The tail names the programme itself and the quote spells it out: “步巡、车巡…”四巡结合. */
  named: boolean;
}

/** The longest suffix tail after a quote (“守护潇湘2024”严打整治专项行动), if any. */
function tailAfter(text: string, tokens: readonly Token[], from: number): Tail | undefined {
  let best: Tail | undefined;
  for (let k = tokenAt(tokens, from); k >= 0 && k < tokens.length; k++) {
    const t = tokens[k];
    // Inside the tail a one-character verb is a word jieba split (多元化|解|体系), not the end of the name.
    const splitWord = t.start > from && t.word.length === 1 && t.tag.startsWith('v') && CJK_WORD.test(t.word);
    if (t.end - from > MAX_TAIL || lineBreakIn(text, from, t.start) || !(bodyLike(t) || splitWord) || (t.start === from && VERBS.includes(t.word))) break;
    const tail = text.slice(from, t.end);
    if (suffixOf(tail, QUOTED_TAIL)) best = { end: t.end, weak: false, named: isNumbered(tail) && text[from - 2] !== undefined && enumerates(text, from) };
    else if (suffixOf(tail, WEAK_TAIL)) best = { end: t.end, weak: true, named: false };
  }
  return best;
}

/** Does the quote closing at `end` list items (“步巡、车巡、视频巡逻、无人机巡”)? */
function enumerates(text: string, end: number): boolean {
  const open = text.lastIndexOf('“', end);
  return open >= 0 && text.slice(open, end).includes('、');
}

const endsWithAny = (before: string, words: readonly string[]) => words.some((w) => before.endsWith(w));

/** Is the quote introduced as an initiative (推行“…”)? Numbered slogans accept more verbs. */
function introduced(text: string, q: Quote, numbered: boolean): boolean {
  const before = text.slice(Math.max(0, q.start - 6), q.start);
  return endsWithAny(before, VERBS) || (numbered && endsWithAny(before, NUMBERED_VERBS));
}

/** 以“湘易办”为总引擎: the quote is framed as the instrument of a policy. */
function framed(text: string, q: Quote): boolean {
  return FRAMES.some(([a, b]) => {
    if (!text.endsWith(a, q.start)) return false;
    // Up to three name characters may sit between the quote and the frame's second word: 以“大祥红”志愿者为品牌.
    for (let gap = 0; gap <= 3; gap++) {
      if (text.startsWith(b, q.end + gap)) return !FRAME_NOT_AFTER.some((w) => text.startsWith(w, q.end + gap + b.length));
      if (!HAN.test(text[q.end + gap] ?? '')) return false;
    }
    return false;
  });
}
const HAN = /\p{Script=Han}/u;

function quotes(text: string): Quote[] {
  return [...text.matchAll(QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length, core: m[1] }));
}

/** Group quotes that follow each other directly into series. */
function series(text: string, qs: readonly Quote[]): Quote[][] {
  const out: Quote[][] = [];
  for (const q of qs) {
    const last = out.at(-1)?.at(-1);
    if (last && SERIES_GAP.test(text.slice(last.end, q.start))) out.at(-1)!.push(q);
    else out.push([q]);
  }
  return out;
}

/** The tail after a series of quotes, also across 等 (“三调联动”“政法五老”等机制). */
function seriesTail(text: string, tokens: readonly Token[], group: readonly Quote[]): Tail | undefined {
  const end = group.at(-1)!.end;
  return tailAfter(text, tokens, end) ?? (text.startsWith('等', end) ? tailAfter(text, tokens, end + 1) : undefined);
}

/** Why a quote is an initiative, or undefined when nothing says so (figures of speech, honours, slogans). */
function signal(text: string, group: readonly Quote[], q: Quote, tail: Tail | undefined): string | undefined {
  const enumeration = q.core.includes('、');
  const slogan = SLOGAN_ENDINGS.some((e) => q.core.endsWith(e));
  if (tail) return 'quoted-suffix';
  if (framed(text, q)) return 'quoted-frame';
  if (BODIES.some((b) => text.startsWith(b, q.end))) return 'quoted-body';
  if (!enumeration && isCountedMeasures(q.core)) return 'quoted-measures';
  const own = suffixOf(q.core, OWN_SUFFIXES);
  if (!enumeration && (suffixOf(q.core, CHIEF_SYSTEMS) || (own && distinctive(q.core.slice(0, -own.length))))) return 'quoted-own-suffix';
  // Lists, service slogans, manners (“一站式”, “保姆式”) and time limits need a suffix: “一窗受理、并联审批”.
  if (enumeration || slogan || q.core.endsWith('式') || MEASURE.test(q.core)) return undefined;
  const numbered = isNumbered(q.core);
  // A verb before a pair of quotes introduces contrasts (构建“有效市场”与“有为政府”) unless they are numbered (“六稳”“六保”).
  if (introduced(text, group[0], numbered) && (group.length === 1 || numbered)) return 'quoted-verb';
  if (numbered && isEnumerative(q.core)) return 'quoted-numbered';
  return undefined;
}

function quotedMentions(text: string, tokens: readonly Token[], orgs: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const cores = new Set<string>();
  const pending: Quote[] = [];
  // A quote inside an organisation's name is part of it (“大祥红”志愿服务队), unless the organisation
  // is the steering body of a campaign: 永州市“扫黄打非”工作小组办公室 names the campaign too.
  const isOrg = (q: Quote) => orgs.some((o) => o.start <= q.start + 1 && q.end - 1 <= o.end) && !BODIES.some((b) => text.startsWith(b, q.end));
  for (const group of series(text, quotes(text))) {
    const shared = group.length > 1 ? seriesTail(text, tokens, group) : undefined;
    for (const q of group) {
      if (isOrg(q)) continue;
      let tail = group.length === 1 ? tailAfter(text, tokens, q.end) : shared && { end: q.end, weak: true, named: false };
      // A weak tail after one common noun marks no initiative: 推进农村“厕所”建设.
      if (tail?.weak && commonNoun(tokens, q)) tail = undefined;
      const rule = signal(text, group, q, tail);
      if (!rule || !distinctive(q.core)) {
        pending.push(q);
        continue;
      }
      cores.add(q.core);
      if (tail?.named) out.push(mention(text, q.end, tail.end, 'numbered-tail'));
      else out.push(mention(text, q.start, tail && !tail.weak ? tail.end : q.end, rule));
    }
  }
  // Once a quoted name is a programme, its other quoted mentions in the article are too (零陵“四夜”进社区).
  for (const q of pending) if (cores.has(q.core)) out.push(mention(text, q.start, q.end, 'quoted-again'));
  return out;
}

/** Is the quoted text one dictionary noun (厕所), as jieba cuts it? */
function commonNoun(tokens: readonly Token[], q: Quote): boolean {
  const k = tokenAt(tokens, q.start + 1);
  return k >= 0 && tokens[k].end === q.end - 1 && tokens[k].tag === 'n';
}

/** Unquoted names ending in a strong suffix: 入园惠企专项行动, 雪亮工程, 乡村振兴战略. */
function unquotedMentions(text: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const suffix = suffixOf(t.word, UNQUOTED);
    if (!suffix) continue;
    const next = tokens[i + 1];
    if (next && next.start === t.end && CJK_WORD.test(next.word) && /^(?:n|vn)/.test(next.tag)) continue; // 工程|建设项目
    let first = i;
    for (let k = i - 1; k >= 0 && t.end - tokens[k].start <= 24; k--) {
      const w = tokens[k];
      if (lineBreakIn(text, w.end, tokens[first].start)) break;
      // jieba glues a function word to an unknown word before it (新芦淞以|实际行动): the name starts after it.
      if (w.tag === 'x' && w.word.length > 1 && STOP_WORDS.has(w.word.at(-1)!)) break;
      if (endsWithAny(w.word, VERBS) || !(bodyLike(w) || atListStart(tokens, k)) || COUNTED.test(w.word)) break;
      if ((w.tag === 'a' || w.tag === 'ad') && w.word.length > 1) break; // 迅速|行动, 积极|行动
      if (w.tag.startsWith('v') && w.tag !== 'vn' && !betweenNouns(tokens, k) && !atListStart(tokens, k)) break;
      first = k;
    }
    // The tail of a quoted name, unless the quote closed the line before.
    if (first > 0 && tokens[first - 1].word === '”' && !lineBreakIn(text, tokens[first - 1].end, tokens[first].start)) continue;
    const start = tokens[first].start;
    const core = text.slice(start, t.end - suffix.length);
    if (!distinctive(core) || !coreIsSpecific(tokens.slice(first, i + 1), suffix)) continue;
    out.push(mention(text, start, t.end, 'unquoted'));
  }
  for (const m of text.matchAll(/([\p{Script=Han}])长制/gu)) {
    if (m.index > 0 && text[m.index - 1] === '“') continue;
    out.push(mention(text, m.index, m.index + m[0].length, 'chief-system'));
  }
  return out;
}

/** Counts and ranks end a name on the left: 100多个|国家级|重大工程, 三次|统一清查行动. */
const COUNTED = /[0-9]|级|^[一二三四五六七八九十两百千万多余]+[个次项批名家]$/;
const NOUN = /^(?:n|vn|j|nz|ns)/;
/** A verb inside a noun compound (乡村|振兴|战略, 招投标|突出|问题) belongs to the name. */
const betweenNouns = (tokens: readonly Token[], k: number) => k > 0 && NOUN.test(tokens[k - 1].tag) && NOUN.test(tokens[k + 1]?.tag ?? '');
/** The first item of a list (、入园惠企专项行动、) is a name as a whole, whatever jieba made of it. */
const atListStart = (tokens: readonly Token[], k: number) =>
  k > 0 && /^[、，：]$/.test(tokens[k - 1].word) && CJK_WORD.test(tokens[k].word) && tokens[k].word.length === 1;

/** A core made only of generic words (工作|机制, 专项|整治|行动) names nothing. */
function coreIsSpecific(run: readonly Token[], suffix: string): boolean {
  const words: string[] = [];
  run.forEach((t, k) => {
    const w = k === run.length - 1 ? t.word.slice(0, -suffix.length) : t.word;
    // Characters jieba left one by one are one unknown word (入|园|惠|企 → 入园惠企).
    if (w.length === 1 && k > 0 && run[k - 1].word.length === 1) words[words.length - 1] += w;
    else words.push(w);
  });
  return words.some((w) => w && distinctive(w) && !composedOfGeneric(w));
}

export const programme: Extractor = {
  name: 'programme',
  type: 'programme',
  extract({ article, tokens }, { previous }) {
    const quoted = quotedMentions(article.text, tokens, previous.filter((m) => m.type === 'organisation'));
    const covered = (m: Mention) => quoted.some((q) => q.start <= m.start && m.end <= q.end);
    return [...quoted, ...unquotedMentions(article.text, tokens).filter((m) => !covered(m))];
  },
};
