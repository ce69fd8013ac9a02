import type { NewsGraph } from '../graph/types.ts';
import type { Neighbour, Quote } from './types.ts';

const namesOf = (graph: NewsGraph, node: string) => {
  const a = graph.getNodeAttributes(node);
  return a.type === 'article' ? [] : [a.label, ...(a.aliases ?? [])];
};

/** Neighbours by the summed weight of all edges between them, heaviest first. */
export function strongestNeighbours(graph: NewsGraph, node: string, limit = 10, keep: (edge: string) => boolean = () => true): Neighbour[] {
  const found = new Map<string, { weight: number; edge: string; edgeWeight: number }>();
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    if (!keep(edge)) return;
    const other = source === node ? target : source;
    const n = found.get(other);
    if (!n) found.set(other, { weight: attrs.weight, edge, edgeWeight: attrs.weight });
    else {
      n.weight += attrs.weight;
      if (attrs.weight > n.edgeWeight) Object.assign(n, { edge, edgeWeight: attrs.weight });
    }
  });
  return [...found]
    .map(([key, n]) => ({ key, weight: n.weight, edge: n.edge, label: graph.getNodeAttribute(key, 'label'), type: graph.getNodeAttribute(key, 'type') }))
    .sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/** Evidence sentences of the node's edges, strongest edge first, each sentence once. */
export function nodeQuotes(graph: NewsGraph, node: string, limit = 8): Quote[] {
  const edges = graph.edges(node).sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight'));
  const seen = new Map<string, Quote>();
  for (const edge of edges) {
    const other = graph.opposite(node, edge);
    for (const evidence of graph.getEdgeAttribute(edge, 'evidence') ?? []) {
      const id = `${evidence.article}@${evidence.start}`;
      const known = seen.get(id);
      if (known) known.names.push(...namesOf(graph, other));
      else if (seen.size < limit) seen.set(id, { evidence, names: [...namesOf(graph, node), ...namesOf(graph, other)] });
    }
  }
  return [...seen.values()];
}

export function edgeQuotes(graph: NewsGraph, edge: string): Quote[] {
  const names = [...namesOf(graph, graph.source(edge)), ...namesOf(graph, graph.target(edge))];
  return (graph.getEdgeAttribute(edge, 'evidence') ?? []).map((evidence) => ({ evidence, names }));
}
