import { existsSync } from 'node:fs';
import { writeFilesAtomic } from '../../export/atomic.ts';
import { FORMATS, outputFiles, type Format } from '../../export/index.ts';
import { neo4jFiles } from '../../export/neo4j.ts';
import { openGraph } from '../../query/index.ts';
import { graphFile } from '../../query/load.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../command.ts';

export const command: Command = {
  name: 'export',
  summary:
    'Write a built graph again in other formats without rebuilding: graph.json, graph.gexf (GEXF 1.3),\n' +
    'graph.graphml, nodes.csv + edges.csv; neo4j: neo4j/nodes.csv + relationships.csv (neo4j-admin import) and\n' +
    'neo4j/load.cypher (LOAD CSV). Files are replaced all or none.',
  usage: 'usage: newsgraph export [--graph data/graph.json] [--out DIR] [--format json,gexf,graphml,csv,neo4j] [--json]',
  options: {
    graph: { type: 'string', default: 'data/graph.json' },
    out: { type: 'string', default: 'data' },
    format: { type: 'string', default: FORMATS.join(',') },
  },
  async run({ positionals, values }) {
    if (positionals.length) throw new UsageError(`export: takes no file arguments (got '${positionals[0]}'); use --graph`);
    const formats = String(values.format).split(',').map((f) => f.trim());
    const known = [...FORMATS, 'neo4j'];
    const bad = formats.filter((f) => !known.includes(f));
    if (bad.length) throw new UsageError(`export: unknown format '${bad[0]}'; one of ${known.join(', ')}`);
    const path = values.graph as string;
    // A graph.json as `newsgraph build` writes it is read line by line for each file, never loaded whole.
    const graph = (existsSync(path) && graphFile(path)) || openGraph(path).graph;
    const out = values.out as string;
    const files = outputFiles(graph, out, formats.filter((f): f is Format => f !== 'neo4j'));
    if (formats.includes('neo4j')) files.push(...neo4jFiles(graph, out));
    writeFilesAtomic(files);
    const written = files.map((f) => f.path);
    console.log(values.json ? JSON.stringify({ outputs: written }) : written.join('\n'));
    return EXIT.ok;
  },
};
