import Graph from 'graphology';
import circlepack from 'graphology-layout/circlepack';
import { louvain } from './louvain.ts';
import type { GraphStore } from './store.ts';
import { byKey, type NodeType } from './types.ts';

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
 * Works on the store's columns, so a graph of millions of edges needs no second graph.
 */
export function computeMetrics(store: GraphStore, { seed = 1 }: MetricOptions = {}): void {
  const { keys, nodes, co, typed } = store;
  // Entities are numbered apart from articles: PageRank runs over the entities alone.
  const entity = new Int32Array(nodes.length).fill(-1);
  let entities = 0;
  nodes.forEach((a, i) => {
    if (a.type !== 'article') entity[i] = entities++;
  });
  const m = co.source.length;
  const arrays: CoArrays = { n: entities, degree: new Int32Array(entities), strength: new Float64Array(entities), from: new Int32Array(m), to: new Int32Array(m), weight: co.weight };
  for (let k = 0; k < m; k++) {
    const i = (arrays.from[k] = entity[co.source[k]]);
    const j = (arrays.to[k] = entity[co.target[k]]);
    arrays.degree[i]++;
    arrays.degree[j]++;
    arrays.strength[i] += co.weight[k];
    arrays.strength[j] += co.weight[k];
  }
  const ranks = pagerank(arrays);

  // Louvain over every edge: each relation adds 1 to the weight between its ends.
  const t = typed.source.length;
  const all = { from: new Int32Array(m + t), to: new Int32Array(m + t), weight: new Float64Array(m + t).fill(1) };
  all.from.set(co.source);
  all.to.set(co.target);
  all.weight.set(co.weight);
  all.from.set(typed.source, m);
  all.to.set(typed.target, m);
  const communities = bySize(louvain(nodes.length, all, seededRandom(seed)), keys);

  nodes.forEach((a, v) => {
    const i = entity[v];
    a.degree = i === -1 ? 0 : arrays.degree[i];
    a.weightedDegree = i === -1 ? 0 : arrays.strength[i];
    a.pagerank = i === -1 ? 0 : sig(ranks[i]);
    a.community = communities[v];
    a.size = a.type === 'article' ? 2 : sig(3 + 2 * Math.log2(1 + a.mentions));
    a.color = TYPE_COLORS[a.type];
  });

  // The layout reads community and size only: a graph of the nodes alone, no edges.
  const shape = new Graph<{ community: number; size: number }>();
  nodes.forEach((a, v) => shape.addNode(keys[v], { community: a.community, size: a.size }));
  const layout = circlepack(shape, { hierarchyAttributes: ['community'], rng: seededRandom(seed), scale: 100 });
  nodes.forEach((a, v) => {
    a.x = Number(layout[keys[v]].x.toFixed(2));
    a.y = Number(layout[keys[v]].y.toFixed(2));
  });
}

interface CoArrays {
  /** Entities (articles are left out). */
  n: number;
  degree: Int32Array;
  strength: Float64Array;
  /** Each co-occurrence edge once: ends and weight. */
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/**
 * Weighted PageRank on the undirected co-occurrence graph (damping 0.85, power iteration until
 * the L1 change is below 1e-9·n). Isolated entities spread their rank evenly, as graphology's does.
 */
export function pagerank({ n, strength, from, to, weight }: CoArrays, alpha = 0.85, maxIterations = 100): Float64Array {
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
function bySize(raw: Int32Array, keys: readonly string[]): Int32Array {
  const count = raw.reduce((max, c) => Math.max(max, c + 1), 0);
  const size = new Int32Array(count);
  const first: string[] = new Array(count);
  raw.forEach((c, v) => {
    size[c]++;
    if (first[c] === undefined || byKey(keys[v], first[c]) < 0) first[c] = keys[v];
  });
  const order = Array.from({ length: count }, (_, c) => c).sort((a, b) => size[b] - size[a] || byKey(first[a], first[b]));
  const id = new Int32Array(count);
  order.forEach((c, i) => (id[c] = i));
  return raw.map((c) => id[c]);
}
