import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import circlepack from 'graphology-layout/circlepack';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { byKey, type NewsGraph, type NodeType } from './types.ts';

export interface MetricOptions {
  /** Seed of the random generator behind Louvain and the layout: same seed, same file. */
  seed?: number;
}

/** Display defaults, by type (Tableau 10). The explorer may recolour by community. */
export const TYPE_COLORS: Record<NodeType, string> = {
  person: '#e15759',
  place: '#4e79a7',
  organisation: '#f28e2b',
  programme: '#59a14f',
  article: '#bab0ac',
};

/** mulberry32: a tiny seeded generator, so Louvain and the layout are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sig = (x: number) => Number(x.toPrecision(6));

/**
 * degree, weightedDegree and pagerank over co-occurrence edges between entities; Louvain
 * communities over every edge (so articles and gazetteer-only places join the community of what
 * they are tied to); circle-pack layout by community; size from mentions, colour from type.
 */
export function computeMetrics(graph: NewsGraph, { seed = 1 }: MetricOptions = {}): void {
  const co = new UndirectedGraph<{}, { weight: number }>();
  const all = new UndirectedGraph<{}, { weight: number }>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'article') co.addNode(key);
    all.addNode(key);
  });
  graph.forEachEdge((_edge, a, source, target) => {
    if (a.kind === 'cooccurrence') co.addEdge(source, target, { weight: a.weight });
    const w = a.kind === 'cooccurrence' ? a.weight : 1;
    all.updateEdge(source, target, (e) => ({ weight: (e.weight ?? 0) + w }));
  });

  const ranks = co.size ? pagerank(co, { getEdgeWeight: 'weight' }) : {};
  const communities = renumber(louvain(all, { getEdgeWeight: 'weight', rng: seededRandom(seed) }));

  graph.updateEachNodeAttributes((key, a) => {
    const inCo = co.hasNode(key);
    let weighted = 0;
    if (inCo) co.forEachEdge(key, (_e, attr) => (weighted += attr.weight));
    a.degree = inCo ? co.degree(key) : 0;
    a.weightedDegree = weighted;
    a.pagerank = sig(ranks[key] ?? 0);
    a.community = communities.get(key) ?? 0;
    a.size = a.type === 'article' ? 2 : sig(3 + 2 * Math.log2(1 + a.mentions));
    a.color = TYPE_COLORS[a.type];
    return a;
  });

  const layout = circlepack(graph, { hierarchyAttributes: ['community'], rng: seededRandom(seed), scale: 100 });
  graph.updateEachNodeAttributes((key, a) => {
    a.x = Number(layout[key].x.toFixed(2));
    a.y = Number(layout[key].y.toFixed(2));
    return a;
  });
}

/** Community ids by size, largest first (ties: smallest member key), so ids are stable and readable. */
function renumber(raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const key of Object.keys(raw).sort(byKey)) {
    const list = members.get(raw[key]) ?? [];
    list.push(key);
    members.set(raw[key], list);
  }
  const order = [...members.values()].sort((a, b) => b.length - a.length || byKey(a[0], b[0]));
  const out = new Map<string, number>();
  order.forEach((keys, id) => keys.forEach((k) => out.set(k, id)));
  return out;
}
