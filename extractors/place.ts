// Places: gazetteer names (official names at every level, short forms of provinces, cities and Hunan's
// counties) read left to right with chaining (邵东市仙槎桥镇清江村), unknown units chained after known
// ones (梓木村缝吉塘组), countries and regions from a list, rivers and mountains jieba tags as places,
// and named sites by suffix (西洲公园, 107国道). Shared names are resolved by the other places nearby.
import type { AnalysedArticle, Mention } from '../src/model/types.ts';
import type { Place } from './lib/gazetteer.ts';
import { hanAt, indexTokens, isHan, type TokenIndex } from './lib/person-names.ts';
import { OtherMentions } from './lib/person-spans.ts';
import { choosePlace } from './lib/place-context.ts';
import { placeData } from './lib/place-data.ts';
import { lexicon, type LexEntry } from './lib/place-lexicon.ts';
import { findSites } from './lib/place-sites.ts';
import type { Extractor } from './types.ts';

export const place: Extractor = {
  name: 'place',
  type: 'place',
  extract: (doc) => extractPlaces(doc),
};

interface Match {
  start: number;
  end: number;
  /** Candidates the name may stand for (official or short form). */
  candidates: readonly Place[];
  source: string;
  /** Fixed canonical name (extensions such as 邵阳市郊区, unknown chained units). */
  canonical?: string;
  level?: Place['level'];
}

/** Units that may follow a known place without being in the gazetteer (梓木村缝吉塘组, 郊区雨溪乡). */
const CHAIN_UNIT = /^[\u4e00-\u9fff]{2,4}?(?:街道|社区|镇|乡|村|组)/;
const CHAIN_STOP = new Set([...'的在于至到和与及从向对把将是为等了就由经过被让给这那其该每各']);
const CHAIN_STOP_TAGS = new Set(['v', 'vn', 'p', 'c', 'u', 'uj', 'ul', 'd', 'r', 'm', 'q', 't', 'f']);
/** Tags of ordinary words: a village or town name that is one of them (文明社区, 自然村) needs a chain. */
const COMMON_TAGS = new Set(['n', 'v', 'vn', 'a', 'ad', 'an', 'd', 'b', 'f', 'l', 'i', 'r', 'm', 't', 's']);
const EXTENSION = /^(?:地区|市区|城区)/;
/** Rivers, lakes and mountains among jieba's place tags (湘江, 涟水, 齐云山). */
const NATURAL = /^[\u4e00-\u9fff]{1,2}[江河湖山岭峰溪水洲岛湾]$/;

export function extractPlaces(doc: AnalysedArticle): Mention[] {
  const { text } = doc.article;
  const idx = indexTokens(doc.tokens, text.length);
  const matches = gazetteerMatches(text, idx);
  resolveCodes(matches);

  const out: Mention[] = matches.map(toMention(text));
  out.push(...anaphors(text, out));
  const ends = new Map(matches.map((m) => [m.end, m.start]));
  const covered = new Uint8Array(text.length + 1);
  const take = (s: number, e: number) => covered.fill(1, s, e);
  const taken = (s: number, e: number) => covered.subarray(s, e).includes(1);
  for (const m of out) take(m.start, m.end);
  const data = placeData();
  const named = new OtherMentions(out, text.length);
  const byStart = new Map(out.map((m) => [m.start, m]));
  const inSites = new Set<Mention>();
  const sites: Mention[] = [];
  for (const site of findSites(text, idx.covering, data, ends)) {
    // 衡永高速祁阳段: a road or line runs on into the section named by a place.
    const section = (site.rule.road || site.rule.line) && byStart.get(site.end);
    if (section && text[section.end] === '段') site.end = section.end + 1;
    // A site may contain a place (桂东植物园) but not cut through one; the place inside a site's name
    // (邵阳 of 邵阳北站) is part of the name, not a mention of its own.
    const inside = named.overlapping(site.start, site.end);
    if (inside.some((m) => m.start < site.start || m.end > site.end)) continue;
    for (const m of inside) inSites.add(m);
    take(site.start, site.end);
    sites.push({ type: 'place', text: text.slice(site.start, site.end), start: site.start, end: site.end, source: 'place:site' });
  }
  if (inSites.size) out.splice(0, out.length, ...out.filter((m) => !inSites.has(m)));
  out.push(...sites);
  // Indexed, not for…of: this loop visits every token, and the iterator's results were allocated.
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k];
    if (t.tag !== 'ns' || !NATURAL.test(t.word) || taken(t.start, t.end) || lexicon().get(t.word) || data.generic.has(t.word)) continue;
    take(t.start, t.end);
    out.push({ type: 'place', text: t.word, start: t.start, end: t.end, source: 'place:natural' });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const ANAPHOR = /该(县|市|区|镇|乡|村|社区|街道)/g;

/** 该县, 该镇: the last place of that kind named before, as an alias of it. */
function anaphors(text: string, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const byEnd = [...found].sort((a, b) => a.end - b.end);
  const last = new Map<string, Mention>(); // unit suffix → last place of that kind so far
  let k = 0;
  for (const a of text.matchAll(ANAPHOR)) {
    const at = a.index ?? 0;
    for (; k < byEnd.length && byEnd[k].end <= at; k++) {
      const unit = /(?:社区|街道|县|市|区|镇|乡|村)$/.exec(byEnd[k].canonical ?? '')?.[0];
      if (unit) last.set(unit, byEnd[k]);
    }
    const place = last.get(a[1]);
    if (place) out.push({ type: 'place', text: a[0], start: at, end: at + a[0].length, source: 'place:anaphor', canonical: place.canonical, code: place.code });
  }
  return out;
}

/** Leftmost-longest lexicon matches at token starts, continuing right after a match (chains). */
function gazetteerMatches(text: string, idx: TokenIndex): Match[] {
  const out: Match[] = [];
  let chainEnd = -1;
  let chainLevel: Place['level'] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (!hanAt(text, i)) continue;
    const chained = i === chainEnd;
    if (!chained && !idx.starts[i] && hanAt(text, i - 1)) continue;
    let m = longestAt(text, i, idx, chained);
    // An unknown unit may follow a place below province level, or a location word (在X村).
    if (!m && (chained ? !!chainLevel && chainLevel !== 'province' : afterAnchor(text, i, idx))) m = chainUnit(text, i, idx);
    if (!m) continue;
    extend(text, m);
    out.push(m);
    chainEnd = m.end;
    chainLevel = m.level ?? m.candidates[0]?.level;
    i = m.end - 1;
  }
  return out;
}

function longestAt(text: string, i: number, idx: TokenIndex, chained: boolean): Match | undefined {
  const lex = lexicon();
  for (const name of lex.namesAt(text, i)) {
    const entry = lex.get(name)!;
    const end = i + name.length;
    if (entry.full.length && (chained || !isCommonLocal(text, i, end, entry, idx))) {
      return { start: i, end, candidates: entry.full, source: 'place:gazetteer' };
    }
    // Short forms and world names must be whole words: 东安 in 东安县 is matched as 东安县.
    const whole = (chained || idx.at.has(i)) && (idx.covering(end - 1)?.end === end || !isHan(text[end]) || EXTENSION.test(text.slice(end, end + 2)));
    if (!whole) continue;
    if (entry.short.length) return { start: i, end, candidates: entry.short, source: 'place:short' };
    if (entry.world) return { start: i, end, candidates: [], source: 'place:world', canonical: text.slice(i, end) };
  }
  return undefined;
}

/** `i` starts a word right after a location word (在, 来到, 家住). */
function afterAnchor(text: string, i: number, idx: TokenIndex): boolean {
  const t = idx.covering(i - 1);
  return !!t && t.end === i && !!idx.starts[i] && placeData().anchors.has(t.word);
}

/** The word covering the last character before `end` runs on past it as an ordinary word (平安乡|村). */
function runsOn(text: string, end: number, idx: TokenIndex): boolean {
  const t = idx.covering(end - 1);
  return !!t && t.end > end && COMMON_TAGS.has(t.tag);
}

/**
 * A village or town name read on its own (no county or town before it) that is an ordinary word with the
 * suffix (文明社区, 自然村, 行政村) or that runs into the next word (平安乡村): not a place mention.
 */
function isCommonLocal(text: string, i: number, end: number, entry: LexEntry, idx: TokenIndex): boolean {
  if (!entry.full.every((p) => p.level === 'village' || p.level === 'town')) return false;
  if (runsOn(text, end, idx)) return true;
  const name = entry.full[0].name;
  const stem = name.replace(/(?:社区|街道|村|镇|乡)$/, '');
  // 下乡村, 新城镇: the suffix is glued into an ordinary word (乡村, 城镇).
  const glued = idx.covering(i + stem.length);
  if (glued && glued.start < i + stem.length && COMMON_TAGS.has(glued.tag)) return true;
  if (!entry.full.every((p) => p.level === 'village')) return false;
  const t = idx.at.get(i);
  if (t && t.end === i + stem.length && COMMON_TAGS.has(t.tag)) return true;
  return isOrdinaryUnit(name, i, end, idx);
}

/** 行政村, 自然村, 文明社区: the whole unit is one ordinary word, or its stem is a generic word. */
function isOrdinaryUnit(name: string, i: number, end: number, idx: TokenIndex): boolean {
  const t = idx.at.get(i);
  if (t && t.end === end && COMMON_TAGS.has(t.tag)) return true;
  return placeData().generic.has(name.replace(/(?:社区|街道|村|镇|乡|组)$/, ''));
}

/** An administrative unit missing from the gazetteer, right after a known place (缝吉塘组). */
function chainUnit(text: string, i: number, idx: TokenIndex): Match | undefined {
  const m = CHAIN_UNIT.exec(text.slice(i, i + 8));
  if (!m) return undefined;
  const end = i + m[0].length;
  for (let k = i; k < end; k++) {
    const t = idx.covering(k);
    if (CHAIN_STOP.has(text[k]) || (t && t.start >= i && t.end <= end && CHAIN_STOP_TAGS.has(t.tag))) return undefined;
  }
  if (runsOn(text, end, idx) || isOrdinaryUnit(m[0], i, end, idx)) return undefined; // 村庄, 行政村
  return { start: i, end, candidates: [], source: 'place:chain', canonical: m[0], level: /[村组]$|社区$/.test(m[0]) ? 'village' : 'town' };
}

/** 宁远县城, 邵阳市区, 湘西南地区 name the place itself; 邵阳市郊区 is a (former) district of its own. */
function extend(text: string, m: Match): void {
  const name = text.slice(m.start, m.end);
  const next = text.slice(m.end, m.end + 2);
  if (next === '郊区' && name.endsWith('市')) {
    m.canonical = name + '郊区';
    m.end += 2;
    m.level = 'county';
    m.source = 'place:suburb';
    return;
  }
  if (next === '地区' || next === '城区' || next === '市区') m.end += 2;
  // 湘西州, 恩施州: the usual short form of an autonomous prefecture.
  else if (next[0] === '州' && m.source === 'place:short' && m.candidates.some((p) => p.name.endsWith('自治州'))) m.end += 1;
  else if ((name.endsWith('县') && next[0] === '城') || (name.endsWith('市') && next[0] === '区' && !isHan(text[m.end + 1]))) m.end += 1;
}

/** Pick one place per match: unambiguous names first, then the others in reading order by context. */
function resolveCodes(matches: Match[]): void {
  const context = new Set<string>();
  for (const m of matches) if (m.candidates.length === 1) context.add(m.candidates[0].code);
  for (const m of matches) {
    if (m.candidates.length <= 1) continue;
    const chosen = choosePlace(m.candidates, context);
    m.candidates = chosen ? [chosen] : m.candidates;
    if (chosen) context.add(chosen.code);
  }
}

function toMention(text: string) {
  return (m: Match): Mention => {
    const mention: Mention = { type: 'place', text: text.slice(m.start, m.end), start: m.start, end: m.end, source: m.source };
    const [only] = m.candidates.length === 1 ? m.candidates : [];
    if (m.canonical) mention.canonical = m.canonical;
    else if (only) mention.canonical = only.name;
    else if (m.candidates.length) mention.canonical = m.candidates.every((p) => p.name === m.candidates[0].name) ? m.candidates[0].name : undefined;
    if (only && !m.canonical) mention.code = only.code;
    return mention;
  };
}
