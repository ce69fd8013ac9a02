import type { GraphSource } from '../graph/store.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType } from './columns.ts';
import { escapeXml } from './xml.ts';

const GEXF_TYPE: Record<ColumnType, string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

/** Shown through GEXF's own label attribute and viz elements, not as attvalues. */
const VIZ = new Set(['label', 'x', 'y', 'size', 'color']);
const nodeColumns = NODE_COLUMNS.filter((c) => !VIZ.has(c.name));

function* model<A>(cls: 'node' | 'edge', columns: Column<A>[]): Generator<string> {
  yield `    <attributes class="${cls}">\n`;
  for (const c of columns) yield `      <attribute id="${c.name}" title="${c.name}" type="${GEXF_TYPE[c.type]}"/>\n`;
  yield '    </attributes>\n';
}

function attvalues<A>(columns: Column<A>[], a: A): string {
  let out = '';
  for (const c of columns) {
    const v = c.get(a);
    if (v !== undefined && v !== '') out += `          <attvalue for="${c.name}" value="${escapeXml(String(v))}"/>\n`;
  }
  return out ? `        <attvalues>\n${out}        </attvalues>\n` : '';
}

/** `#e15759` → r/g/b attributes, which every GEXF reader knows (NetworkX ignores 1.3's `hex`). */
const rgb = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `r="${r}" g="${g}" b="${b}"`;
};

/**
 * GEXF 1.3 with typed attributes (the columns shared with GraphML and CSV), viz colour, size and
 * position, and the relation as the edge `kind` (GEXF 1.3's name for parallel-edge types).
 * Streamed, because graphology-gexf builds the whole document in memory (gigabytes on a large corpus).
 * Every edge is written undirected: NetworkX, and most readers, refuse mixed graphs. Directed
 * relations keep their direction in the file (source → target) and in the id (`within:<child>|<parent>`).
 */
export function* graphGexf(graph: GraphSource): Generator<string> {
  yield* gexfHead(graph);
  yield* gexfEdges(graph);
}

/** Everything before the first edge (see index.ts: the parts a writer thread can append to). */
export function* gexfHead(graph: GraphSource): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield '  <meta>\n    <creator>newsgraph</creator>\n  </meta>\n';
  yield '  <graph defaultedgetype="undirected" mode="static">\n';
  yield* model('node', nodeColumns);
  yield* model('edge', EDGE_COLUMNS);
  yield '    <nodes>\n';
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield `      <node id="${escapeXml(node)}" label="${escapeXml(a.label)}">\n${attvalues(nodeColumns, a)}` +
      `        <viz:color ${rgb(a.color)}/>\n        <viz:size value="${a.size}"/>\n        <viz:position x="${a.x}" y="${a.y}" z="0"/>\n      </node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
}

/** The edges and the end of the file. */
export function* gexfEdges(graph: GraphSource): Generator<string> {
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    yield `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" weight="${a.weight}" kind="${a.kind}">\n` +
      `${attvalues(EDGE_COLUMNS, a)}      </edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
