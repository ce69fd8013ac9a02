import type { AnalysedArticle, Article, Entity, EntityType, Mention } from '../model/types.ts';
import { ENTITY_TYPES } from '../model/types.ts';
import type { PageContext, PageMention, TypeResolver } from './types.ts';
import { resolvers } from './resolvers.ts';

const byType = new Map<EntityType, TypeResolver>(resolvers.map((r) => [r.type, r]));

/** Index of the sentence that contains offset `at` (sentences are sorted and disjoint). */
export function sentenceAt(sentences: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

// Control characters (a NUL in a UTF-16 page) are no part of a name, and the graph joins keys with NUL.
const plain = (s: string) => s.replace(/[\s\u0000-\u001f\u007f]+/g, '');
/** Quotes do not make another name: “四夜”行动 and 四夜行动 are one surface form. */
const unquoted = (s: string) => s.replace(/[“”‘’"'「」『』《》]/g, '');

/**
 * The one resolver: turns the mentions of one page into entities, each real thing once.
 * Ids are `type:canonical`; masked names (魏某德) get their article appended so they never merge.
 */
export function resolvePage(doc: string, analysed: readonly AnalysedArticle[], found: readonly Mention[][]): Entity[] {
  const mentions: PageMention[] = [];
  analysed.forEach(({ article }, i) => {
    for (const m of found[i]) mentions.push(placed(m, article));
  });
  const page: PageContext = { doc, articles: analysed.map((a) => a.article), mentions };

  const groups: Array<{ id: string; type: EntityType; name: string; masked: boolean; items: PageMention[] }> = [];
  for (const type of ENTITY_TYPES) {
    const ofType = mentions.filter((m) => m.type === type);
    if (!ofType.length) continue;
    const resolver = byType.get(type);
    const names = resolver ? resolver.canonicalise(ofType, page) : ofType.map((m) => plain(m.canonical ?? m.text));
    // Keyed by the id without its type (masked names by name and article): the id is made once per group.
    const byKey = new Map<string, (typeof groups)[number]>();
    ofType.forEach((m, i) => {
      const name = plain(names[i] ?? '');
      if (!name) return; // a resolver drops a mention by giving it no name
      const key = m.masked ? `${name}@${m.article.id}` : name;
      let group = byKey.get(key);
      if (!group) {
        byKey.set(key, (group = { id: `${type}:${key}`, type, name, masked: !!m.masked, items: [] }));
        groups.push(group);
      }
      group.items.push(m);
    });
  }

  const entities: Entity[] = [];
  for (const { id, type, name, masked, items } of groups) {
    const seen = new Set([unquoted(name)]);
    const aliases: string[] = [];
    for (const text of items.map((m) => plain(m.text)).sort()) {
      if (seen.has(unquoted(text))) continue;
      seen.add(unquoted(text));
      aliases.push(text);
    }
    const entity: Entity = {
      id,
      type,
      name,
      aliases,
      mentions: items.length,
      occurrences: items.map((m) => ({ article: m.article.id, sentence: m.sentence, start: m.start, end: m.end })),
    };
    const role = pickRole(items);
    if (role) entity.role = role;
    if (masked) entity.masked = true;
    byType.get(type)?.decorate?.(entity, items, page);
    entities.push(entity);
  }
  return entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A mention with its article and sentence, in one shape whatever fields its extractor set: copying
 * mentions of many shapes generically (spread, Object.assign) was most of the resolver's allocation.
 */
function placed(m: Mention, article: Article): PageMention {
  return {
    type: m.type,
    start: m.start,
    end: m.end,
    text: m.text,
    source: m.source,
    role: m.role,
    masked: m.masked,
    canonical: m.canonical,
    code: m.code,
    partOf: m.partOf,
    locatedIn: m.locatedIn,
    article,
    sentence: sentenceAt(article.sentences, m.start),
  };
}

/** The role stated most often; ties go to the longest (most specific) wording. */
function pickRole(items: readonly PageMention[]): string | undefined {
  if (!items.some((m) => m.role)) return undefined; // most entities: no Map to make
  const counts = new Map<string, number>();
  for (const m of items) if (m.role) counts.set(m.role, (counts.get(m.role) ?? 0) + 1);
  let best: string | undefined;
  for (const [role, n] of counts) {
    const b = best ? counts.get(best)! : 0;
    if (!best || n > b || (n === b && role.length > best.length)) best = role;
  }
  return best;
}
