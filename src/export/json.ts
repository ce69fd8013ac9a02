import type { GraphSource } from '../graph/store.ts';

/**
 * graph.export() as text, one node or edge per line (readable diffs), streamed so a large graph
 * never has to fit in one string. `JSON.parse` of the result equals `graph.export()`.
 */
export function* graphJson(graph: GraphSource): Generator<string> {
  yield* jsonHead(graph);
  yield* jsonEdges(graph);
}

/** Everything before the first edge (see index.ts: the parts a writer thread can append to). */
export function* jsonHead(graph: GraphSource): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const attributes = graph.getAttributes();
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  let first = true;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield `${first ? '' : ','}\n${JSON.stringify({ key: node, attributes: a })}`;
    first = false;
  }
  yield '\n],"edges":[';
}

/** The edges and the end of the file. */
export function* jsonEdges(graph: GraphSource): Generator<string> {
  let first = true;
  for (const { edge, attributes: a, source, target, undirected } of graph.edgeEntries()) {
    const entry = undirected ? { key: edge, source, target, attributes: a, undirected: true } : { key: edge, source, target, attributes: a };
    yield `${first ? '' : ','}\n${JSON.stringify(entry)}`;
    first = false;
  }
  yield '\n]}\n';
}
