import { join } from 'node:path';
import type { GraphSource } from '../graph/store.ts';
import { removeStaleTemporaries, writeFilesAtomic, type OutputFile } from './atomic.ts';
import { edgesCsvHead, edgesCsvRows, nodesCsv } from './csv.ts';
import { gexfEdges, gexfHead } from './gexf.ts';
import { graphmlEdges, graphmlHead } from './graphml.ts';
import { jsonEdges, jsonHead } from './json.ts';

export type Format = 'json' | 'gexf' | 'graphml' | 'csv';
export const FORMATS: readonly Format[] = ['json', 'gexf', 'graphml', 'csv'];

/**
 * Each output file as two parts: everything before the edges (which reads the nodes) and the edges
 * to the end (which reads only the edges), so a writer thread can be given the edges alone.
 */
export interface OutputParts {
  path: string;
  head(graph: GraphSource): Iterable<string>;
  edges(graph: GraphSource): Iterable<string>;
}

const NONE = (): Iterable<string> => [];

const FILES: Record<Format, Array<Omit<OutputParts, 'path'> & { name: string }>> = {
  json: [{ name: 'graph.json', head: jsonHead, edges: jsonEdges }],
  gexf: [{ name: 'graph.gexf', head: gexfHead, edges: gexfEdges }],
  graphml: [{ name: 'graph.graphml', head: graphmlHead, edges: graphmlEdges }],
  csv: [
    { name: 'nodes.csv', head: nodesCsv, edges: NONE },
    { name: 'edges.csv', head: edgesCsvHead, edges: edgesCsvRows },
  ],
};

/** The files of the formats, in the output folder, as parts. */
export function outputParts(dir: string, formats: readonly Format[] = FORMATS): OutputParts[] {
  return formats.flatMap((format) => FILES[format].map(({ name, head, edges }) => ({ path: join(dir, name), head, edges })));
}

/** The files of each format, in the output folder. */
export function outputFiles(graph: GraphSource, dir: string, formats: readonly Format[] = FORMATS): OutputFile[] {
  return outputParts(dir, formats).map(({ path, head, edges }) => ({
    path,
    content: (function* () {
      yield* head(graph);
      yield* edges(graph);
    })(),
  }));
}

/** Writes the outputs atomically (all or none); returns the paths written. */
export function writeOutputs(graph: GraphSource, dir: string, formats: readonly Format[] = FORMATS): string[] {
  const files = outputFiles(graph, dir, formats);
  removeStaleTemporaries(dir);
  writeFilesAtomic(files);
  return files.map((f) => f.path);
}
