import { byKey, type NewsGraph, type NodeType } from '../graph/types.ts';

/** How a name matched, best first. */
export const MATCH_RANKS = ['label', 'alias', 'pinyin', 'initials', 'partial'] as const;
export type MatchKind = (typeof MATCH_RANKS)[number];

export interface Match {
  id: string;
  label: string;
  type: NodeType;
  mentions: number;
  by: MatchKind;
}

/** Lookup tables from exact label, alias, full pinyin and initials to node keys (articles left out). */
export class NameIndex {
  private exact = new Map<string, Array<[string, MatchKind]>>();

  constructor(private graph: NewsGraph) {
    graph.forEachNode((key, a) => {
      if (a.type === 'article') return;
      const [full, initials] = a.pinyin.split(' ');
      this.put(a.label, key, 'label');
      for (const alias of a.aliases) this.put(alias, key, 'alias');
      if (full) this.put(full, key, 'pinyin');
      if (initials) this.put(initials, key, 'initials');
    });
  }

  private put(name: string, key: string, by: MatchKind) {
    const list = this.exact.get(name) ?? [];
    list.push([key, by]);
    this.exact.set(name, list);
  }

  /**
   * Nodes called `name`: exact label, alias, pinyin (full or initials, case and spaces ignored),
   * then labels and aliases containing it. Best kind first, then most mentioned.
   */
  find(name: string, type?: NodeType): Match[] {
    const query = name.trim();
    const best = new Map<string, MatchKind>();
    const offer = (key: string, by: MatchKind) => {
      const had = best.get(key);
      if (!had || MATCH_RANKS.indexOf(by) < MATCH_RANKS.indexOf(had)) best.set(key, by);
    };
    if (query) {
      for (const q of new Set([query, query.toLowerCase().replace(/[\s']/g, '')])) {
        for (const [key, by] of this.exact.get(q) ?? []) offer(key, by);
      }
    }
    if (query && !best.size) {
      this.graph.forEachNode((key, a) => {
        if (a.type === 'article' && type !== 'article') return;
        if (a.label.includes(query) || a.aliases.some((x) => x.includes(query))) offer(key, 'partial');
      });
    }
    return this.sorted(best, type);
  }

  private sorted(found: Map<string, MatchKind>, type?: NodeType): Match[] {
    const out: Match[] = [];
    for (const [id, by] of found) {
      const a = this.graph.getNodeAttributes(id);
      if (!type || a.type === type) out.push({ id, label: a.label, type: a.type, mentions: a.mentions, by });
    }
    return out.sort((x, y) => MATCH_RANKS.indexOf(x.by) - MATCH_RANKS.indexOf(y.by) || y.mentions - x.mentions || byKey(x.id, y.id));
  }

  /** Close matches for a name that found nothing: most shared character pairs, then most mentioned. */
  suggest(name: string, limit = 5): Match[] {
    const query = bigrams(name.trim());
    if (!query.size) return [];
    const scored: Array<[number, Match]> = [];
    this.graph.forEachNode((id, a) => {
      if (a.type === 'article') return;
      const score = Math.max(overlap(query, bigrams(a.label)), ...a.aliases.map((x) => overlap(query, bigrams(x))));
      if (score >= 0.5) scored.push([score, { id, label: a.label, type: a.type, mentions: a.mentions, by: 'partial' }]);
    });
    return scored
      .sort(([s, x], [t, y]) => t - s || y.mentions - x.mentions || byKey(x.id, y.id))
      .slice(0, limit)
      .map(([, m]) => m);
  }
}

/** Character pairs of a name (its one character when it has one): Chinese names share pairs, not words. */
export function bigrams(s: string): Set<string> {
  const chars = [...s];
  if (chars.length === 1) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

/** Shared pairs over the smaller set: 三长制 and “三长+法律顾问”模式 share 三长 of two pairs, 0.5. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}
