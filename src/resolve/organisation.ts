// Organisation rules: relative forms (市公安局 → 永州市公安局, 省商务厅 → 湖南省商务厅) from the places
// around them, anaphors (该行 → the nearest bank before it), bare branches (新田支行 → 长沙银行新田支行),
// X分局 → X公安分局 when the page uses that form, and place-prefixed duplicates (东安县鹿马桥镇卫生院 = 鹿马桥镇卫生院).
import { readFileSync } from 'node:fs';
import { gazetteer, type Place } from '../../extractors/lib/gazetteer.ts';
import { bestPlace, placeAt } from '../../extractors/lib/org-places.ts';
import type { Entity } from '../model/types.ts';
import type { PageContext, PageMention, TypeResolver } from './types.ts';

const plain = (s: string) => s.replace(/\s+/g, '');

/** Standard short forms (经开区 ↔ 经济技术开发区), from extractors/data/org-abbreviations.tsv. */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = readFileSync(new URL('../../extractors/data/org-abbreviations.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);

/**
 * A short form whose full form the page also writes takes the full form (the fullest official name),
 * also when the place in it is short too: 零陵法院 → 零陵区人民法院.
 */
function expandAbbreviations(names: readonly string[]): string[] {
  const set = new Set(names);
  const written = [...set];
  // The page's own spelling of a full form, also with a place before it (湖南湘乡经济开发区).
  const writtenAs = (full: string) => (set.has(full) ? full : written.find((other) => placePrefixed(other, full)));
  const expand = (name: string) => {
    for (const [short, full] of ABBREVIATIONS) {
      if (!name.includes(short)) continue;
      const long = name.replace(short, full);
      const place = placeAt(long, 0);
      const official = place?.short ? place.place.name + long.slice(place.end) : undefined;
      const found = writtenAs(long) ?? (official && writtenAs(official));
      if (found) return found;
    }
    return name;
  };
  return byName(names, expand);
}

/** f over each name, computed once per distinct name (a page repeats its names). */
function byName(names: readonly string[], f: (name: string) => string): string[] {
  const done = new Map<string, string>();
  return names.map((name) => {
    let out = done.get(name);
    if (out === undefined) done.set(name, (out = f(name)));
    return out;
  });
}

/** `other` is `name` with a place before it: 东安县鹿马桥镇卫生院 and 鹿马桥镇卫生院. */
function placePrefixed(other: string, name: string): boolean {
  if (other.length <= name.length || !other.endsWith(name) || name.length < 4) return false;
  return placeAt(other, 0)?.end === other.length - name.length;
}

/** Which resolved names an anaphor 该X may point back to. */
const ANAPHOR_CLASS: Record<string, RegExp> = {
  行: /行$/,
  公司: /(?:公司|集团|木业|企业)$/,
  局: /局$/,
  分局: /分局$/,
  院: /院$/,
  派出所: /派出所$/,
  校: /(?:学校|中学|小学|大学|学院)$/,
  中心: /中心$/,
};

/** The level a relative prefix names: 省 a province, 市 a city (or county-level city), 县/区 a county. */
function fitsLevel(prefix: string, p: Place): boolean {
  if (prefix === '省') return p.level === 'province';
  if (prefix === '市') return (p.level === 'city' || p.level === 'county') && p.name.endsWith('市');
  return p.level === 'county' && p.name.endsWith(prefix);
}

/** The place a mention names or states: a place mention, or the place at the start of an organisation. */
function placeOf(m: PageMention): Place | undefined {
  const g = gazetteer();
  if (m.type === 'place') return bestPlace(g.byName(plain(m.canonical ?? m.text))) ?? bestPlace(g.byShort(plain(m.text)));
  if (m.type === 'organisation' && m.locatedIn) return bestPlace(g.byName(m.locatedIn));
  return undefined;
}

/** Mentions of the page ordered by closeness before `m`: same article backwards, then earlier articles, then after. */
function* around(m: PageMention, page: PageContext): Generator<PageMention> {
  const all = page.mentions;
  const at = all.findIndex((x) => x.article === m.article && x.start === m.start && x.end === m.end && x.type === m.type);
  for (let i = at - 1; i >= 0; i--) yield all[i];
  for (let i = at + 1; i < all.length; i++) yield all[i];
}

/** 市公安局 → 永州市公安局: the nearest place of the prefix's level; 省 also from a lower place's province. */
function expandRelative(name: string, m: PageMention, page: PageContext): string {
  const prefix = name[0];
  let fallback: Place | undefined;
  for (const x of around(m, page)) {
    const p = placeOf(x);
    if (!p) continue;
    // 县委 in 道县 is 道县县委 (a one-character name keeps its level word: 道县委 reads as 道 + 县委).
    if (fitsLevel(prefix, p)) return p.name + (p.name.length === 2 ? name : name.slice(1));
    if (prefix === '省' && !fallback && p.code.startsWith('43')) fallback = gazetteer().path(p.code)[0];
  }
  return fallback ? fallback.name + name.slice(1) : '';
}

const resolved = new WeakMap<PageContext, Map<string, string>>();

function canonicalise(mentions: readonly PageMention[], page: PageContext): string[] {
  const names: string[] = [];
  const byMention = new Map<PageMention, string>();
  const written = new Set(mentions.map((m) => plain(m.canonical ?? m.text)));
  for (const m of mentions) {
    // A name quoted as a whole (“金竹山调解工作室”) is the name without its quotes.
    let name = plain(m.canonical ?? m.text).replace(/^“([^“”]+)”$/, '$1');
    if (m.source.endsWith(':anaphor')) name = antecedent(m, name.slice(1), byMention);
    // A nested unit whose own name is canonical (市公安局|锡矿山派出所 → 锡矿山派出所) needs no place.
    else if (m.source.endsWith(':relative') && /^[省市县区]/.test(name)) name = expandRelative(name, m, page);
    else if (/^[^行]{2,8}支行$/.test(name) && !name.includes('银行')) name = bankOf(m, byMention) + name;
    const police = name.match(/^(.{2,4})分局$/);
    if (police && !name.includes('公安') && written.has(`${police[1]}公安分局`)) name = `${police[1]}公安分局`;
    byMention.set(m, name);
    names.push(name);
  }
  const merged = mergePlacePrefixed(expandAbbreviations(names));
  const map = new Map<string, string>();
  mentions.forEach((m, i) => map.set(plain(m.canonical ?? m.text), merged[i]));
  resolved.set(page, map);
  return merged;
}

/** 该行 → the nearest organisation before it, in the same article, whose name has that head. */
function antecedent(m: PageMention, head: string, byMention: Map<PageMention, string>): string {
  const cls = ANAPHOR_CLASS[head];
  let best: [PageMention, string] | undefined;
  for (const [x, name] of byMention) {
    if (x.article !== m.article || x.start >= m.start || !name || x.source.endsWith(':anaphor')) continue;
    if (cls?.test(name) && (!best || x.start > best[0].start)) best = [x, name];
  }
  return best?.[1] ?? '';
}

/** The bank a bare 支行 belongs to: the bank of the nearest 银行…分行 (or bank) named before it in the page. */
function bankOf(m: PageMention, byMention: Map<PageMention, string>): string {
  let bank = '';
  for (const [x, name] of byMention) {
    const i = name.indexOf('银行');
    if (i < 0 || x === m) continue;
    if (!bank || x.article === m.article) bank = name.slice(0, i + 2);
  }
  return bank;
}

/** 东安县鹿马桥镇卫生院 and 鹿马桥镇卫生院 in one page are one unit: the fuller name is canonical. */
function mergePlacePrefixed(names: readonly string[]): string[] {
  const written = [...new Set(names.filter(Boolean))];
  return byName(names, (name) => written.find((other) => placePrefixed(other, name)) ?? name);
}

function decorate(entity: Entity, mentions: readonly PageMention[], page: PageContext): void {
  const parent = mentions.find((m) => m.partOf)?.partOf;
  if (parent) entity.partOf = `organisation:${resolved.get(page)?.get(parent) ?? parent}`;
  const stated = mentions.find((m) => m.locatedIn)?.locatedIn ?? placeAt(entity.name, 0)?.place.name;
  if (stated) entity.locatedIn = `place:${stated}`;
}

export const organisationResolver: TypeResolver = { type: 'organisation', canonicalise, decorate };
