import { join } from 'node:path';
import type { GraphSource } from '../graph/store.ts';
import { removeStaleTemporaries, writeFilesAtomic, type OutputFile } from './atomic.ts';
import { edgesCsv, nodesCsv } from './csv.ts';
import { graphGexf } from './gexf.ts';
import { graphGraphml } from './graphml.ts';
import { graphJson } from './json.ts';

export type Format = 'json' | 'gexf' | 'graphml' | 'csv';
export const FORMATS: readonly Format[] = ['json', 'gexf', 'graphml', 'csv'];

/** The files of each format, in the output folder. */
export function outputFiles(graph: GraphSource, dir: string, formats: readonly Format[] = FORMATS): OutputFile[] {
  const files: OutputFile[] = [];
  for (const format of formats) {
    if (format === 'json') files.push({ path: join(dir, 'graph.json'), content: graphJson(graph) });
    if (format === 'gexf') files.push({ path: join(dir, 'graph.gexf'), content: graphGexf(graph) });
    if (format === 'graphml') files.push({ path: join(dir, 'graph.graphml'), content: graphGraphml(graph) });
    if (format === 'csv') {
      files.push({ path: join(dir, 'nodes.csv'), content: nodesCsv(graph) });
      files.push({ path: join(dir, 'edges.csv'), content: edgesCsv(graph) });
    }
  }
  return files;
}

/** Writes the outputs atomically (all or none); returns the paths written. */
export function writeOutputs(graph: GraphSource, dir: string, formats: readonly Format[] = FORMATS): string[] {
  const files = outputFiles(graph, dir, formats);
  removeStaleTemporaries(dir);
  writeFilesAtomic(files);
  return files.map((f) => f.path);
}
