// The explorer's fixture graph written as `newsgraph build` writes graph.json: one node or edge per line,
// the layout the server's views and the query API read line by line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { graphJson } from '../../src/export/json.ts';
import type { EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from '../../src/graph/types.ts';

const FIXTURE = new URL('../fixtures/web/graph.json', import.meta.url).pathname;

/** The fixture as parsed JSON, as a graph, and written line by line to a graph.json in a fresh folder. */
export function fixtureGraphFile(): { exported: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>; graph: NewsGraph; file: string } {
  const exported = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const graph: NewsGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', allowSelfLoops: false });
  graph.import(exported);
  const file = join(mkdtempSync(join(tmpdir(), 'newsgraph-graph-')), 'graph.json');
  writeFileSync(file, [...graphJson(graph)].join(''));
  return { exported, graph, file };
}
