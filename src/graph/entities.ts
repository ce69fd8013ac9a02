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
 */
export function personKey(person: Entity, page: PageResult, credited: ReadonlySet<string>): { key: string; identity: Identity } {
  const base = `person:${person.name}`;
  if (credited.has(person.name)) return { key: base, identity: 'byline' };
  const orgs = page.entities.filter((e) => e.type === 'organisation');
  const [org] = person.role ? organisationsInRole(person.role, orgs) : [];
  if (org) return { key: `${base}@${org.name}`, identity: 'organisation' };
  const place = homePlace(person, page);
  if (place) return { key: `${base}@${place}`, identity: 'place' };
  return { key: `${base}@${page.doc}`, identity: 'page' };
}

/** The county (else city) named most often in the person's articles, ties to the smaller name. */
function homePlace(person: Entity, page: PageResult): string | undefined {
  const articles = new Set(person.occurrences.map((o) => o.article));
  let best: { name: string; score: number } | undefined;
  for (const e of page.entities) {
    if (e.type !== 'place' || !e.code || (e.code.length !== 6 && e.code.length !== 4)) continue;
    const n = e.occurrences.filter((o) => articles.has(o.article)).length;
    if (!n) continue;
    const score = n + (e.code.length === 6 ? 1000 : 0); // a county beats a city
    if (!best || score > best.score || (score === best.score && e.name < best.name)) best = { name: e.name, score };
  }
  return best?.name;
}

/** Organisations named inside a role (零陵区委书记 → 零陵区委), the longest reading only. */
export function organisationsInRole(role: string, orgs: readonly Entity[]): Entity[] {
  const hits = orgs
    .map((org) => ({ org, name: [org.name, ...org.aliases].filter((n) => role.includes(n)).sort((a, b) => b.length - a.length)[0] }))
    .filter((h): h is { org: Entity; name: string } => !!h.name);
  return hits.filter((h) => !hits.some((o) => o !== h && o.name.length > h.name.length && o.name.includes(h.name))).map((h) => h.org);
}

/**
 * The node key of an entity in each article it occurs in. Masked people (魏某德) are keyed per
 * article even if a resolver gave them one page-wide id, so they can never join two articles;
 * other people take their cross-page key (personKey).
 */
export function nodeKeysByArticle(entity: Entity, personKeyOf?: string): Map<string, string> {
  const keys = new Map<string, string>();
  const articles = [...new Set(entity.occurrences.map((o) => o.article))];
  for (const article of articles) {
    if (!entity.masked) keys.set(article, personKeyOf ?? entity.id);
    else if (articles.length === 1 && entity.id.includes('@')) keys.set(article, entity.id);
    else keys.set(article, `${entity.type}:${entity.name}@${article}`);
  }
  return keys;
}

/** Counts votes for a value across pages; the winner is the most voted, ties to the longest then smallest. */
export class Votes {
  private counts = new Map<string, number>();
  add(value: string | undefined, n = 1): void {
    if (value) this.counts.set(value, (this.counts.get(value) ?? 0) + n);
  }
  winner(): string | undefined {
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
