import type { GraphSource } from '../graph/store.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from './columns.ts';
import { escapeXml } from './xml.ts';


// GraphML attr.type names are the column types as they are: string, int, double, boolean.
function* keys<A>(prefix: 'n' | 'e', target: 'node' | 'edge', columns: Column<A>[]): Generator<string> {
  for (const c of columns) yield `  <key id="${prefix}_${c.name}" for="${target}" attr.name="${c.name}" attr.type="${c.type}"/>\n`;
}

// One string per node or edge, not one per value: the writer encodes each chunk with a call of its own.
function data<A>(prefix: 'n' | 'e', columns: Column<A>[], a: A): string {
  let out = '';
  for (const c of columns) {
    const v = c.get(a);
    if (v !== undefined && v !== '') out += `      <data key="${prefix}_${c.name}">${escapeXml(String(v))}</data>\n`;
  }
  return out;
}

/**
 * GraphML with one typed <key> per column. Written as an undirected graph like the GEXF (NetworkX
 * rejects mixed edge directions); a directed relation keeps its direction as source → target.
 */
export function* graphGraphml(graph: GraphSource): Generator<string> {
  yield* graphmlHead(graph);
  yield* graphmlEdges(graph);
}

/** Everything before the first edge (see index.ts: the parts a writer thread can append to). */
export function* graphmlHead(graph: GraphSource): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield* keys('n', 'node', NODE_COLUMNS);
  yield* keys('e', 'edge', EDGE_COLUMNS);
  yield '  <graph id="newsgraph" edgedefault="undirected">\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${escapeXml(node)}">\n${data('n', NODE_COLUMNS, attributes)}    </node>\n`;
  }
}

/** The edges and the end of the file. */
export function* graphmlEdges(graph: GraphSource): Generator<string> {
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n${data('e', EDGE_COLUMNS, attributes)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
