import { FORMATS, writeOutputs, type Format } from '../../export/index.ts';
import { openGraph } from '../../query/index.ts';
import type { Command } from '../command.ts';
import { EXIT, UsageError } from '../command.ts';

export const command: Command = {
  name: 'export',
  summary:
    'Write a built graph again in other formats without rebuilding: graph.json, graph.gexf (GEXF 1.3),\n' +
    'graph.graphml, nodes.csv + edges.csv. Files are replaced all or none.',
  usage: 'usage: newsgraph export [--graph data/graph.json] [--out DIR] [--format json,gexf,graphml,csv] [--json]',
  options: {
    graph: { type: 'string', default: 'data/graph.json' },
    out: { type: 'string', default: 'data' },
    format: { type: 'string', default: FORMATS.join(',') },
  },
  async run({ positionals, values }) {
    if (positionals.length) throw new UsageError(`export: takes no file arguments (got '${positionals[0]}'); use --graph`);
    const formats = String(values.format).split(',').map((f) => f.trim()) as Format[];
    const bad = formats.filter((f) => !FORMATS.includes(f));
    if (bad.length) throw new UsageError(`export: unknown format '${bad[0]}'; one of ${FORMATS.join(', ')}`);
    const { graph } = openGraph(values.graph as string);
    const written = writeOutputs(graph, values.out as string, formats);
    console.log(values.json ? JSON.stringify({ outputs: written }) : written.join('\n'));
    return EXIT.ok;
  },
};
