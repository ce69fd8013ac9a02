import type { NewsGraph } from '../graph/types.ts';
import type { Visible } from '../filters/visible.ts';

/** Nodes within `hops` of `center`, walking only visible edges (either direction). */
export function egoNodes(graph: NewsGraph, visible: Visible, center: string, hops: number): Set<string> {
  const seen = new Set<string>();
  if (!visible.nodes.has(center)) return seen;
  seen.add(center);
  let frontier = [center];
  for (let depth = 0; depth < hops; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (!visible.edges.has(edge)) return;
        const other = source === node ? target : source;
        if (!seen.has(other)) { seen.add(other); next.push(other); }
      });
    }
    frontier = next;
  }
  return seen;
}
