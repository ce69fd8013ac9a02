// Organisations: names closed by a head word of the suffix grammar (extractors/data/org-suffixes.json),
// nested units (零陵分局徐家井派出所 → 徐家井派出所, part of 零陵分局), <place>公安 forms and anaphors (该行).
// Relative forms (市公安局, 该行) are completed by src/resolve/organisation.ts.
import type { Mention } from '../src/model/types.ts';
import { childIsCanonical, headOf, ORG_WORDS, parentHeadOf } from './lib/org-grammar.ts';
import { findOrgNames, type OrgName } from './lib/org-names.ts';
import { placeAt } from './lib/org-places.ts';
import type { Extractor } from './types.ts';

const SOURCE = 'organisation';
/** 该行, 该局 …: the head classes an anaphor may name; 该行为/该行动 are not banks. */
const ANAPHOR = /该(分局|派出所|公司|行|局|院|校|中心)(?![为动业列程驶])/g;

const PARTY_AND_GOVERNMENT = /^(.{2,8}?)([省市县区])委\2((?:人民)?政府)$/u;

/** Canonical name and parent of a (possibly nested) name: the child unit is canonical for 派出所, 分局 … */
function canonical(text: string, name: OrgName): { canonical: string; partOf?: string } {
  const full = text.slice(name.start, name.end);
  // 邵东市委市政府: the party committee and the government named together; the government closes the name.
  const pair = full.match(PARTY_AND_GOVERNMENT);
  if (pair) return { canonical: pair[1] + pair[2] + pair[3] };
  for (let i = name.cuts.length - 1; i >= 0; i--) {
    const cut = name.cuts[i];
    const parent = text.slice(name.start, cut);
    const child = text.slice(cut, name.end);
    if (cut - name.start < 3 || !parentHeadOf(parent) || child.length <= (headOf(child, 'n')?.length ?? 2)) continue;
    const inner = { ...name, end: cut, cuts: name.cuts.slice(0, i) };
    return { canonical: childIsCanonical(child) ? child : full, partOf: canonical(text, inner).canonical };
  }
  return { canonical: full };
}

/** 永州公安, 衡阳公安机关: a city's or county's police named by the place alone. */
function policeByPlace(text: string, tokens: readonly { word: string; start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  tokens.forEach((t, i) => {
    if (t.word !== '公安' || i === 0) return;
    const next = tokens[i + 1];
    if (next && headOf(next.word, 'n')) return; // 公安局, 公安分局: a named unit, found by the grammar
    let start = -1;
    let hit;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const h = placeAt(text, tokens[k].start);
      if (h && h.end === t.start) [start, hit] = [tokens[k].start, h];
    }
    if (!hit || (hit.place.level !== 'city' && hit.place.level !== 'county')) return;
    const end = next && next.start === t.end && (next.word === '机关' || next.word === '系统') ? next.end : t.end;
    const short = hit.place.name.replace(/区$/, '');
    const canon = hit.place.level === 'county' && hit.place.name.endsWith('区') ? `${short}公安分局` : `${hit.place.name}公安局`;
    out.push({ type: 'organisation', text: text.slice(start, end), start, end, source: `${SOURCE}:place-police`, canonical: canon, locatedIn: hit.place.name });
  });
  return out;
}

export const organisation: Extractor = {
  name: 'organisation',
  type: 'organisation',
  userWords: () => ORG_WORDS,
  extract({ article, tokens }, { previous }) {
    const text = article.text;
    const out: Mention[] = [];
    for (const name of findOrgNames(text, tokens, previous)) {
      const surface = text.slice(name.start, name.end);
      const m: Mention = { type: 'organisation', text: surface, start: name.start, end: name.end, source: `${SOURCE}:grammar` };
      const { canonical: canon, partOf } = canonical(text, name);
      if (canon !== surface) m.canonical = canon;
      if (partOf) m.partOf = partOf;
      if (name.place) m.locatedIn = name.place.place.name;
      if (name.relative) m.source = `${SOURCE}:relative`;
      out.push(m);
    }
    out.push(...policeByPlace(text, tokens));
    for (const a of text.matchAll(ANAPHOR)) {
      out.push({ type: 'organisation', text: a[0], start: a.index, end: a.index + a[0].length, source: `${SOURCE}:anaphor` });
    }
    return out;
  },
};
