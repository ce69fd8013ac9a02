import type { GraphSource } from '../graph/store.ts';

/**
 * graph.export() as text, one node or edge per line (readable diffs), streamed so a large graph
 * never has to fit in one string. `JSON.parse` of the result equals `graph.export()`.
 */
export function* graphJson(graph: GraphSource): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const attributes = graph.getAttributes();
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  let first = true;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield `${first ? '' : ','}\n${JSON.stringify({ key: node, attributes: a })}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const { edge, attributes: a, source, target, undirected } of graph.edgeEntries()) {
    const entry = undirected ? { key: edge, source, target, attributes: a, undirected: true } : { key: edge, source, target, attributes: a };
    yield `${first ? '' : ','}\n${JSON.stringify(entry)}`;
    first = false;
  }
  yield '\n]}\n';
}
