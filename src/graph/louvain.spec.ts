import { UndirectedGraph } from 'graphology';
import graphologyLouvain from 'graphology-communities-louvain';
import { describe, expect, it } from 'vitest';
import { adjacency, louvain, modularity } from './louvain.ts';
import { seededRandom } from './metrics.ts';

/** `groups` planted groups of `size` nodes: dense inside, sparse between, weights 1–3. */
function planted(groups: number, size: number, seed: number): { n: number; from: number[]; to: number[]; weight: number[] } {
  const random = seededRandom(seed);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const n = groups * size;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const inside = Math.floor(a / size) === Math.floor(b / size);
      if (random() < (inside ? 0.3 : 0.01)) {
        from.push(a);
        to.push(b);
        weight.push(1 + Math.floor(random() * 3));
      }
    }
  }
  return { n, from, to, weight };
}

describe('louvain', () => {
  it('splits two cliques joined by one edge', () => {
    const from = [0, 0, 1, 3, 3, 4, 2];
    const to = [1, 2, 2, 4, 5, 5, 3];
    const community = louvain(6, { from, to, weight: from.map(() => 1) }, seededRandom(1));
    expect([...community]).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('leaves isolated nodes alone and handles a graph with no edge', () => {
    expect([...louvain(3, { from: [], to: [], weight: [] }, seededRandom(1))]).toEqual([0, 1, 2]);
    expect([...louvain(4, { from: [0], to: [1], weight: [2] }, seededRandom(1))]).toEqual([0, 0, 1, 2]);
  });

  it('finds partitions as good as graphology-communities-louvain on planted graphs, the same for the same seed', () => {
    for (const seed of [1, 2, 3]) {
      const g = planted(12, 40, seed);
      const ours = louvain(g.n, g, seededRandom(seed));
      expect([...louvain(g.n, g, seededRandom(seed))]).toEqual([...ours]);

      const reference = new UndirectedGraph<{}, { weight: number }>();
      for (let v = 0; v < g.n; v++) reference.addNode(String(v));
      g.from.forEach((a, e) => reference.addEdge(String(a), String(g.to[e]), { weight: g.weight[e] }));
      const theirs = graphologyLouvain(reference, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
      const rows = adjacency(g.n, g);
      const q = modularity(rows, ours);
      expect(q).toBeGreaterThan(0.98 * modularity(rows, Array.from({ length: g.n }, (_, v) => theirs[String(v)])));
      // The planted groups are found: most pairs inside a group share a community.
      let together = 0;
      for (let v = 0; v < g.n; v++) if (ours[v] === ours[v - (v % 40)]) together++;
      expect(together / g.n).toBeGreaterThan(0.9);
    }
  });
});
