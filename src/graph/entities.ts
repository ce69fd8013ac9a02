import type { Entity, PageResult } from '../model/types.ts';

/**
 * Why a person node joins mentions from several pages: a credited reporter or photographer of the
 * paper ('byline'), the same name holding a role at the same organisation ('organisation'), the same
 * name in articles about the same county or city ('place'); otherwise the node stays on its page ('page').
 */
export type Identity = 'byline' | 'organisation' | 'place' | 'page';

/**
 * The node key of a person across pages: people are merged only where it is safe (see Identity).
 * Two 张伟 in different counties stay apart; the key's `@anchor` says what joined them.
 * Made once per page: what every person's key needs from the page is gathered once.
 */
export function personKeys(page: PageResult, credited: ReadonlySet<string>): (person: Entity) => { key: string; identity: Identity } {
  const orgs = page.entities.filter((e) => e.type === 'organisation');
  const places = countyAndCityMentions(page);
  return (person) => {
    const base = `person:${person.name}`;
    if (credited.has(person.name)) return { key: base, identity: 'byline' };
    const [org] = person.role ? organisationsInRole(person.role, orgs) : [];
    if (org) return { key: `${base}@${org.name}`, identity: 'organisation' };
    const place = homePlace(person, places);
    if (place) return { key: `${base}@${place}`, identity: 'place' };
    return { key: `${base}@${page.doc}`, identity: 'page' };
  };
}

interface PlaceMentions {
  name: string;
  /** A county beats a city. */
  county: boolean;
  /** Occurrences per article. */
  inArticle: Map<string, number>;
}

function countyAndCityMentions(page: PageResult): PlaceMentions[] {
  const out: PlaceMentions[] = [];
  for (const e of page.entities) {
    if (e.type !== 'place' || !e.code || (e.code.length !== 6 && e.code.length !== 4)) continue;
    const inArticle = new Map<string, number>();
    for (const o of e.occurrences) inArticle.set(o.article, (inArticle.get(o.article) ?? 0) + 1);
    out.push({ name: e.name, county: e.code.length === 6, inArticle });
  }
  return out;
}

/** The county (else city) named most often in the person's articles, ties to the smaller name. */
function homePlace(person: Entity, places: readonly PlaceMentions[]): string | undefined {
  const articles = new Set(person.occurrences.map((o) => o.article));
  let best: { name: string; score: number } | undefined;
  for (const place of places) {
    let n = 0;
    for (const article of articles) n += place.inArticle.get(article) ?? 0;
    if (!n) continue;
    const score = n + (place.county ? 1000 : 0);
    if (!best || score > best.score || (score === best.score && place.name < best.name)) best = { name: place.name, score };
  }
  return best?.name;
}

/** Organisations named inside a role (零陵区委书记 → 零陵区委), the longest reading only. */
export function organisationsInRole(role: string, orgs: readonly Entity[]): Entity[] {
  const hits: Array<{ org: Entity; name: string }> = [];
  for (const org of orgs) {
    // The longest of its names in the role; on a tie its name, then its first alias.
    let name = role.includes(org.name) ? org.name : '';
    for (const alias of org.aliases) if (alias.length > name.length && role.includes(alias)) name = alias;
    if (name) hits.push({ org, name });
  }
  return hits.filter((h) => !hits.some((o) => o !== h && o.name.length > h.name.length && o.name.includes(h.name))).map((h) => h.org);
}

/**
 * The node key of an entity in each article it occurs in. Masked people (魏某德) are keyed per
 * article even if a resolver gave them one page-wide id, so they can never join two articles;
 * other people take their cross-page key (personKey).
 */
export function nodeKeysByArticle(entity: Entity, personKeyOf?: string): Map<string, string> {
  const keys = new Map<string, string>();
  const key = personKeyOf ?? entity.id;
  for (const o of entity.occurrences) if (!keys.has(o.article)) keys.set(o.article, key);
  if (!entity.masked) return keys;
  const local = keys.size === 1 && entity.id.includes('@');
  for (const article of keys.keys()) keys.set(article, local ? entity.id : `${entity.type}:${entity.name}@${article}`);
  return keys;
}

/** Counts votes for a value across pages; the winner is the most voted, ties to the longest then smallest. */
export class Votes {
  /** Made on the first vote: most nodes of a large graph never get one (no role, no code). */
  private counts: Map<string, number> | undefined;
  add(value: string | undefined, n = 1): void {
    if (!value) return;
    this.counts ??= new Map();
    this.counts.set(value, (this.counts.get(value) ?? 0) + n);
  }
  winner(): string | undefined {
    if (!this.counts) return undefined;
    let best: string | undefined;
    let bestN = 0;
    for (const [value, n] of this.counts) {
      if (
        best === undefined ||
        n > bestN ||
        (n === bestN && (value.length > best.length || (value.length === best.length && value < best)))
      ) {
        best = value;
        bestN = n;
      }
    }
    return best;
  }
}
