import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import circlepack from 'graphology-layout/circlepack';
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
  const co = cooccurrenceArrays(graph);
  const ranks = pagerank(co);
  // Louvain needs a simple, non-mixed graph: every edge once, undirected, weights summed per pair.
  const all = new UndirectedGraph<{}, { weight: number }>();
  graph.forEachNode((key) => all.addNode(key));
  // Co-occurrence pairs are unique, so they are plain additions; a relation may join a pair again.
  graph.forEachEdge((_edge, a, source, target) => {
    if (a.kind === 'cooccurrence') all.addEdge(source, target, { weight: a.weight });
  });
  graph.forEachEdge((_edge, a, source, target) => {
    if (a.kind !== 'cooccurrence') all.updateEdge(source, target, (e) => ({ weight: (e.weight ?? 0) + 1 }));
  });
  const communities = renumber(louvain(all, { getEdgeWeight: 'weight', rng: seededRandom(seed) }));
  all.clear();

  graph.updateEachNodeAttributes((key, a) => {
    const i = co.index.get(key);
    a.degree = i === undefined ? 0 : co.degree[i];
    a.weightedDegree = i === undefined ? 0 : co.strength[i];
    a.pagerank = i === undefined ? 0 : sig(ranks[i]);
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

interface CoArrays {
  /** Entity node key → index (articles are left out). */
  index: Map<string, number>;
  degree: Int32Array;
  strength: Float64Array;
  /** Each co-occurrence edge once: ends and weight. */
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/** The co-occurrence edges as flat arrays: metrics on a large graph need no second graph. */
function cooccurrenceArrays(graph: NewsGraph): CoArrays {
  const index = new Map<string, number>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'article') index.set(key, index.size);
  });
  let m = 0;
  graph.forEachEdge((_e, a) => {
    if (a.kind === 'cooccurrence') m++;
  });
  const co: CoArrays = {
    index,
    degree: new Int32Array(index.size),
    strength: new Float64Array(index.size),
    from: new Int32Array(m),
    to: new Int32Array(m),
    weight: new Float64Array(m),
  };
  let k = 0;
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind !== 'cooccurrence') return;
    const i = index.get(source)!;
    const j = index.get(target)!;
    co.from[k] = i;
    co.to[k] = j;
    co.weight[k++] = a.weight;
    co.degree[i]++;
    co.degree[j]++;
    co.strength[i] += a.weight;
    co.strength[j] += a.weight;
  });
  return co;
}

/**
 * Weighted PageRank on the undirected co-occurrence graph (damping 0.85, power iteration until
 * the L1 change is below 1e-9·n). Isolated entities spread their rank evenly, as graphology's does.
 */
export function pagerank({ index, strength, from, to, weight }: CoArrays, alpha = 0.85, maxIterations = 100): Float64Array {
  const n = index.size;
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIterations && n; iter++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (strength[i] === 0) dangling += rank[i];
    next.fill((1 - alpha) / n + (alpha * dangling) / n);
    for (let k = 0; k < from.length; k++) {
      const i = from[k];
      const j = to[k];
      next[j] += (alpha * rank[i] * weight[k]) / strength[i];
      next[i] += (alpha * rank[j] * weight[k]) / strength[j];
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i] - rank[i]);
    [rank, next] = [next, rank];
    if (change < 1e-9 * n) break;
  }
  return rank;
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
