import type { NewsGraph } from '../graph/types.ts';
import type { Filters, RelationGroup } from './types.ts';

export interface Visible { nodes: Set<string>; edges: Set<string> }

export const relationGroup = (kind: string): RelationGroup => (kind === 'cooccurrence' ? 'cooccurrence' : 'typed');

/**
 * The subgraph the filters let through. Degree filters count visible edges, so raising the
 * edge weight threshold can also remove nodes that only had weak links.
 */
export function visibleSubgraph(graph: NewsGraph, filters: Filters): Visible {
  const types = new Set(filters.types);
  const relations = new Set(filters.relations);
  const docs = new Set(filters.docs);
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (!types.has(attrs.type)) return;
    if (docs.size && !(attrs.docs ?? []).some((d) => docs.has(d))) return;
    nodes.add(node);
  });

  const passing = (kind: string, weight: number, source: string, target: string) =>
    relations.has(relationGroup(kind)) && weight >= filters.minWeight && nodes.has(source) && nodes.has(target);
  const degree = new Map<string, number>();
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!passing(attrs.kind, attrs.weight, source, target)) return;
    edges.add(edge);
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  });

  const minDegree = Math.max(filters.minDegree, filters.hideIsolated ? 1 : 0);
  if (minDegree > 0) {
    for (const node of nodes) if ((degree.get(node) ?? 0) < minDegree) nodes.delete(node);
    for (const edge of edges) if (!nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge))) edges.delete(edge);
  }
  return { nodes, edges };
}
