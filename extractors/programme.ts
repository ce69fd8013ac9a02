// Programmes: named initiatives. A quoted name is one when a programme suffix follows it (“四夜”行动), its own
// text ends in one (“雪亮工程”), a programme verb introduces it (推行“一切工作到支部”), or it is a numbered
// slogan in such a context (办好“六大实事”, “三高四新”); an unquoted noun phrase is one when it ends in a strong
// suffix (入园惠企专项行动, 田长制). Figures of speech, honours and slogans in quotes have none of these signals.
// src/resolve/programme.ts merges the surface forms of one programme.
import type { Mention, Token } from '../src/model/types.ts';
import boundary from './data/org-boundary.json' with { type: 'json' };
import {
  CHIEF_SYSTEMS,
  distinctive,
  FRAMES,
  isEnumerative,
  isNumbered,
  MAX_TAIL,
  NUMBERED_VERBS,
  QUOTED_TAIL,
  suffixOf,
  UNQUOTED,
  VERBS,
} from './lib/programme-grammar.ts';
import type { Extractor } from './types.ts';

const STOP_TAGS = new Set(boundary.stopTags);
const STOP_WORDS = new Set(boundary.stopWords);
const CJK_WORD = /^[\p{Script=Han}A-Za-z0-9+·]+$/u;
/** A quoted phrase: short, one clause (enumerations with 、 and +, no full sentences). */
const QUOTE = /“([^“”\n，。！？；：]{1,24})”/g;
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

/** The end of the longest suffix tail after a quote (“守护潇湘2024”严打整治专项行动), or -1. */
function tailEnd(text: string, tokens: readonly Token[], from: number): number {
  let k = tokenAt(tokens, from);
  let best = -1;
  for (; k >= 0 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.end - from > MAX_TAIL || !bodyLike(t) || VERBS.includes(t.word)) break;
    if (suffixOf(text.slice(from, t.end), QUOTED_TAIL)) best = t.end;
  }
  return best;
}

const endsWithAny = (before: string, words: readonly string[]) => words.some((w) => before.endsWith(w));

/** Is the quote introduced as an initiative (推行“…”, 以“…”为)? Numbered slogans accept more verbs. */
function introduced(text: string, q: Quote, numbered: boolean): boolean {
  const before = text.slice(Math.max(0, q.start - 6), q.start);
  if (endsWithAny(before, VERBS) || (numbered && endsWithAny(before, NUMBERED_VERBS))) return true;
  return FRAMES.some(([a, b]) => before.endsWith(a) && text.startsWith(b, q.end));
}

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

function quotedMentions(text: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  const cores = new Set<string>();
  const pending: Quote[] = [];
  for (const group of series(text, quotes(text))) {
    const lead = group[0];
    const only = group.length === 1;
    for (const q of group) {
      const numbered = isNumbered(q.core);
      const tail = only ? tailEnd(text, tokens, q.end) : -1;
      const ownSuffix = suffixOf(q.core, UNQUOTED) ?? suffixOf(q.core, CHIEF_SYSTEMS);
      const core = ownSuffix ? q.core.slice(0, -ownSuffix.length) : q.core;
      const strong =
        tail > 0 ||
        (!!ownSuffix && distinctive(core)) ||
        introduced(text, lead, numbered) ||
        (numbered && isEnumerative(q.core)) ||
        (!only && group.some((g) => tailEnd(text, tokens, g.end) > 0));
      if (!strong || !distinctive(q.core)) {
        pending.push(q);
        continue;
      }
      cores.add(q.core);
      out.push(mention(text, q.start, tail > 0 ? tail : q.end, tail > 0 ? 'quoted-suffix' : 'quoted'));
    }
  }
  // Once a quoted name is a programme, its other quoted mentions in the article are too (零陵“四夜”进社区).
  for (const q of pending) if (cores.has(q.core)) out.push(mention(text, q.start, q.end, 'quoted-again'));
  return out;
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
    for (let k = i - 1; k >= 0 && t.end - tokens[k].start <= 18; k--) {
      const w = tokens[k];
      if (!bodyLike(w) || VERBS.includes(w.word) || (w.tag.startsWith('v') && w.word.length > 2)) break;
      first = k;
    }
    if (first > 0 && tokens[first - 1].word === '”') continue; // the tail of a quoted name
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

/** A core made only of generic words (工作|机制, 专项|整治|行动) names nothing. */
function coreIsSpecific(run: readonly Token[], suffix: string): boolean {
  const words = run.map((t) => t.word);
  words[words.length - 1] = words[words.length - 1].slice(0, -suffix.length);
  return words.some((w) => w && distinctive(w));
}

export const programme: Extractor = {
  name: 'programme',
  type: 'programme',
  extract({ article, tokens }) {
    const quoted = quotedMentions(article.text, tokens);
    const covered = (m: Mention) => quoted.some((q) => q.start <= m.start && m.end <= q.end);
    return [...quoted, ...unquotedMentions(article.text, tokens).filter((m) => !covered(m))];
  },
};
