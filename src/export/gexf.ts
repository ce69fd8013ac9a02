import { MultiUndirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import type { EdgeAttributes, NewsGraph, NodeAttributes } from '../graph/types.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from './columns.ts';
import { stripInvalidXml } from './xml.ts';

const VIZ = new Set(['label', 'x', 'y', 'size', 'color']);

function flat<A>(columns: Column<A>[], a: A) {
  const out: Record<string, string | number | boolean> = {};
  for (const c of columns) {
    if (VIZ.has(c.name)) continue;
    const v = c.get(a);
    if (v !== undefined && v !== '') out[c.name] = typeof v === 'string' ? stripInvalidXml(v) : v;
  }
  return out;
}

/** `#e15759` → `rgb(225,87,89)`: written as r/g/b attributes, which every GEXF reader knows (NetworkX ignores `hex`). */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

/**
 * GEXF 1.3 through graphology-gexf, with typed attributes, viz colour/size/position and the
 * relation as the edge `kind` (GEXF 1.3's name for parallel-edge types). Every edge is written
 * undirected: NetworkX, and most readers, refuse mixed graphs. Directed relations keep their
 * direction in the file order (source → target) and in the edge id (`within:<child>|<parent>`).
 */
export function graphGexf(graph: NewsGraph): string {
  const flatGraph = new MultiUndirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
  flatGraph.setAttribute('creator', 'newsgraph');
  graph.forEachNode((key, a) => flatGraph.addNode(key, a));
  graph.forEachEdge((key, a, source, target) => flatGraph.addEdgeWithKey(key, source, target, a));
  const xml = gexf.write(flatGraph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: stripInvalidXml(a.label),
      attributes: flat(NODE_COLUMNS, a as NodeAttributes),
      viz: { color: rgb(a.color), size: a.size, x: a.x, y: a.y },
    }),
    formatEdge: (_key, a) => ({ kind: a.kind, weight: a.weight, attributes: flat(EDGE_COLUMNS, a as EdgeAttributes) }),
  });
  if (!xml.includes('<gexf version="1.3"')) throw new Error('graphology-gexf did not write GEXF 1.3; check its version');
  return xml;
}
