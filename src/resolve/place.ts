// Place rules. Mentions of one place (same gazetteer code, else same official name) share one canonical
// name: the official name when the page uses it (零陵 + 零陵区 → 零陵区), else the form the page uses
// (河北 stays 河北: the annotation keeps the fullest name the document supports). Entities get their
// gazetteer code and parent (place:<parent official name>).
import { gazetteer } from '../../extractors/lib/gazetteer.ts';
import type { PageMention, TypeResolver } from './types.ts';

const plain = (s: string) => s.replace(/\s+/g, '');

/** The key that groups mentions of one place. */
const keyOf = (m: PageMention) => (m.code ? `#${m.code}` : plain(m.canonical ?? m.text));

/** The canonical name of a group of mentions of one place. */
export function placeName(group: readonly PageMention[]): string {
  const official = group.find((m) => m.canonical)?.canonical;
  // Anaphors (该县) never name a place; a group of anaphors only takes the official name.
  const surfaces = group.filter((m) => m.source !== 'place:anaphor').map((m) => plain(m.text));
  if (!surfaces.length) return official ?? plain(group[0].text);
  if (!official) return surfaces.reduce((a, b) => (b.length > a.length ? b : a));
  // 宁远县城 and 邵阳市区 contain the official name: the page supports it.
  if (surfaces.some((s) => s.startsWith(official))) return official;
  return surfaces.reduce((a, b) => (b.length > a.length ? b : a));
}

export const placeResolver: TypeResolver = {
  type: 'place',
  canonicalise(mentions) {
    const groups = new Map<string, PageMention[]>();
    for (const m of mentions) {
      const key = keyOf(m);
      const group = groups.get(key);
      if (group) group.push(m);
      else groups.set(key, [m]);
    }
    const names = new Map([...groups].map(([key, group]) => [key, placeName(group)]));
    return mentions.map((m) => names.get(keyOf(m)) ?? plain(m.text));
  },
  decorate(entity, mentions) {
    const code = mentions.find((m) => m.code)?.code;
    if (!code) return;
    entity.code = code;
    const parent = gazetteer().parentOf(code);
    if (parent) entity.parent = `place:${parent.name}`;
  },
};
