import type { NewsGraph } from '../graph/types.ts';
import { pinyinComputer, splitPinyin } from './pinyin.ts';
import type { SearchEntry, SearchHit } from './types.ts';

export async function searchEntries(graph: NewsGraph): Promise<SearchEntry[]> {
  const compute = graph.someNode((_k, a) => !a.pinyin) ? await pinyinComputer() : null;
  return graph.mapNodes((key, attrs) => {
    const { full, initials } = attrs.pinyin ? splitPinyin(attrs.pinyin) : compute!(attrs.label ?? key);
    return {
      key, label: attrs.label ?? key, type: attrs.type, aliases: attrs.aliases ?? [],
      pinyin: full, initials, degree: attrs.degree ?? graph.degree(key),
    };
  });
}

const normalise = (q: string) => q.trim().toLowerCase().replace(/\s+/g, '');

/** Best rank (lower is better) of one entry for a query, or null when nothing matches. */
function rankOf(entry: SearchEntry, q: string): { rank: number; matched: string } | null {
  const label = entry.label.toLowerCase();
  const aliases = entry.aliases.map((a) => a.toLowerCase());
  if (label === q) return { rank: 0, matched: entry.label };
  const exact = aliases.indexOf(q);
  if (exact !== -1) return { rank: 1, matched: entry.aliases[exact] };
  if (label.startsWith(q)) return { rank: 2, matched: entry.label };
  if (label.includes(q)) return { rank: 3, matched: entry.label };
  const partial = aliases.findIndex((a) => a.includes(q));
  if (partial !== -1) return { rank: 4, matched: entry.aliases[partial] };
  if (/^[a-z0-9]+$/.test(q)) {
    if (entry.pinyin.startsWith(q)) return { rank: 5, matched: entry.pinyin };
    if (entry.initials.startsWith(q)) return { rank: 6, matched: entry.initials };
    if (entry.pinyin.includes(q)) return { rank: 7, matched: entry.pinyin };
  }
  return null;
}

/** Entries matching by name, alias, full pinyin or initials; better matches, then entities, then busier nodes first. */
export function search(entries: SearchEntry[], query: string, limit = 10, allowed?: (key: string) => boolean): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    if (allowed && !allowed(entry.key)) continue;
    const r = rankOf(entry, q);
    if (r) hits.push({ entry, ...r });
  }
  // Headlines are long and match everything: entities come first at equal rank.
  const isArticle = (h: SearchHit) => (h.entry.type === 'article' ? 1 : 0);
  hits.sort((a, b) => a.rank - b.rank || isArticle(a) - isArticle(b) || b.entry.degree - a.entry.degree || a.entry.label.localeCompare(b.entry.label));
  return hits.slice(0, limit);
}
