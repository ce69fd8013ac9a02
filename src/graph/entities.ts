import type { Entity } from '../model/types.ts';

/**
 * The node key of an entity in each article it occurs in. Masked people (魏某德) are keyed per
 * article even if a resolver gave them one page-wide id, so they can never join two articles.
 */
export function nodeKeysByArticle(entity: Entity): Map<string, string> {
  const keys = new Map<string, string>();
  const articles = [...new Set(entity.occurrences.map((o) => o.article))];
  for (const article of articles) {
    if (!entity.masked) keys.set(article, entity.id);
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
