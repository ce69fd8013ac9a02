import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttrs, GraphAttrs, NewsGraph, NodeAttrs } from './types.ts';

/**
 * Imports a graph.json export. Nodes without coordinates get a spiral position so the first
 * draw never fails; the explorer may lay them out again.
 */
export function importGraph(data: SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>): NewsGraph {
  if (!data || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new Error('graph.json: expected a graphology export with "nodes" and "edges" arrays');
  }
  const graph: NewsGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.import(data);
  let i = 0;
  graph.forEachNode((node, attrs) => {
    if (Number.isFinite(attrs.x) && Number.isFinite(attrs.y)) return;
    const angle = i * 2.4;
    const radius = Math.sqrt(++i);
    graph.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return graph;
}
