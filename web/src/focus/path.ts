import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { NewsGraph } from '../graph/types.ts';
import type { Visible } from '../filters/visible.ts';
import type { PathResult } from './types.ts';

/**
 * Shortest path over what is on screen, ignoring edge direction (a `within` edge links two
 * places both ways for a reader). Between two consecutive nodes the heaviest visible edge is kept.
 */
export function shortestPath(graph: NewsGraph, visible: Visible, from: string, to: string): PathResult | null {
  if (!visible.nodes.has(from) || !visible.nodes.has(to)) return null;
  const view = new UndirectedGraph();
  for (const node of visible.nodes) view.addNode(node);
  for (const edge of visible.edges) view.mergeEdge(graph.source(edge), graph.target(edge));
  const nodes = bidirectional(view, from, to);
  if (!nodes) return null;
  const edges: string[] = [];
  for (let i = 1; i < nodes.length; i++) {
    let best: string | null = null;
    for (const edge of graph.edges(nodes[i - 1], nodes[i]).concat(graph.edges(nodes[i], nodes[i - 1]))) {
      if (!visible.edges.has(edge)) continue;
      if (best === null || graph.getEdgeAttribute(edge, 'weight') > graph.getEdgeAttribute(best, 'weight')) best = edge;
    }
    if (best) edges.push(best);
  }
  return { nodes, edges };
}
