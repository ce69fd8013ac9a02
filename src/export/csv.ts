import type { GraphSource } from '../graph/store.ts';
import { EDGE_COLUMNS, NODE_COLUMNS } from './columns.ts';

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double inner quotes; CRLF line ends. */
export function csvField(v: string | number | boolean | undefined): string {
  if (v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (fields: Array<string | number | boolean | undefined>) => `${fields.map(csvField).join(',')}\r\n`;

/** One row per node: `id` then the shared columns (Gephi's spreadsheet import reads id/label). */
export function* nodesCsv(graph: GraphSource): Generator<string> {
  yield row(['id', ...NODE_COLUMNS.map((c) => c.name)]);
  for (const { node, attributes } of graph.nodeEntries()) yield row([node, ...NODE_COLUMNS.map((c) => c.get(attributes))]);
}

/** One row per edge: `id,source,target,type` (directed/undirected, as Gephi reads it), then the shared columns. */
export function* edgesCsv(graph: GraphSource): Generator<string> {
  yield* edgesCsvHead();
  yield* edgesCsvRows(graph);
}

export function* edgesCsvHead(): Generator<string> {
  yield row(['id', 'source', 'target', 'type', ...EDGE_COLUMNS.map((c) => c.name)]);
}

export function* edgesCsvRows(graph: GraphSource): Generator<string> {
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    yield row([edge, source, target, undirected ? 'undirected' : 'directed', ...EDGE_COLUMNS.map((c) => c.get(attributes))]);
  }
}
