import { MultiGraph } from 'graphology';
// The writer alone: the browser entry also loads a parser that needs DOMParser at import time.
import write from 'graphology-gexf/common/writer.js';
import type { NewsGraph } from '../graph/types.ts';
import type { Visible } from '../filters/visible.ts';

type Flat = Record<string, string | number | boolean>;

/**
 * The visible part of the graph with GEXF-friendly attributes: lists are joined with '; ' and
 * evidence becomes its first sentence plus a count, since GEXF attributes are scalars.
 */
export function exportSubgraph(graph: NewsGraph, visible: Visible, colorOf: (node: string) => string): MultiGraph<Flat, Flat> {
  const out = new MultiGraph<Flat, Flat>({ type: 'mixed', allowSelfLoops: false });
  for (const node of visible.nodes) {
    const a = graph.getNodeAttributes(node);
    out.addNode(node, {
      label: a.label, type: a.type, x: a.x, y: a.y, size: a.size ?? 5, color: colorOf(node),
      aliases: (a.aliases ?? []).join('; '), mentions: a.mentions ?? 0, degree: a.degree ?? 0,
      pagerank: a.pagerank ?? 0, community: a.community ?? -1, role: a.role ?? '', path: (a.path ?? []).join(' › '),
      docs: (a.docs ?? []).join('; '),
    });
  }
  for (const edge of visible.edges) {
    const a = graph.getEdgeAttributes(edge);
    const attrs: Flat = {
      kind: a.kind, weight: a.weight, source: a.source ?? '', evidenceCount: a.evidence?.length ?? 0,
      evidence: a.evidence?.[0]?.text ?? '',
    };
    const [s, t] = [graph.source(edge), graph.target(edge)];
    if (graph.isDirected(edge)) out.addDirectedEdgeWithKey(edge, s, t, attrs);
    else out.addUndirectedEdgeWithKey(edge, s, t, attrs);
  }
  return out;
}

const VIZ = new Set(['label', 'color', 'size', 'x', 'y']);

export function toGexf(sub: MultiGraph<Flat, Flat>): string {
  return write(sub, {
    formatNode: (_key, a) => ({
      label: String(a.label),
      color: String(a.color),
      size: Number(a.size),
      x: Number(a.x),
      y: Number(a.y),
      attributes: Object.fromEntries(Object.entries(a).filter(([k]) => !VIZ.has(k))),
    }),
    formatEdge: (_key, a) => ({ weight: Number(a.weight), attributes: a }),
  });
}
