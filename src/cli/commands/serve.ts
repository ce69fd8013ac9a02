import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { VIEW_LIMITS, type ViewInfo, type ViewLimits } from '../../query/view.ts';
import { WEB_DIST } from '../../server/paths.ts';
import { createStaticServer, currentView, listen } from '../../server/static.ts';

export function parsePort(command: string, value: unknown): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`${command}: --port '${value}' is not a port number (0-65535)`);
  return port;
}

/** A --max-nodes / --max-edges value: a whole number ≥ 0 (0: no limit). */
export function parseLimit(command: string, name: string, value: unknown): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${command}: --${name} '${value}' is not a whole number ≥ 0 (0: no limit)`);
  return n;
}

const count = (n: number) => n.toLocaleString('en-US');

/** What the explorer is shown of the graph, in a line. */
export function describeView(info: ViewInfo): string {
  return `the graph has ${count(info.totalNodes)} nodes and ${count(info.totalEdges)} edges: the explorer gets the ${count(info.nodes)} nodes with the highest PageRank and the ${count(info.edges)} strongest edges among them; ` +
    "--max-nodes and --max-edges change that (0: no limit), 'newsgraph query' answers over the whole graph";
}

/** Serves dist/web and one graph file (a view of it past `limits`); shared by `serve` and `start`. Resolves with the URL. */
export async function serve({ host, port, data, json, limits = VIEW_LIMITS }: { host: string; port: number; data: string; json: boolean; limits?: ViewLimits }): Promise<string> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`no built explorer in ${WEB_DIST}; run 'npm run build:web' (or 'npm start', which builds it)`);
  }
  if (!existsSync(data)) throw new Error(`graph file not found: ${data}; run 'newsgraph build seeds --out data' or pass --data`);
  const options = { root: WEB_DIST, graphFile: data, view: limits };
  // Made now, not at the first request: a large graph takes seconds to read, and the user is told what is shown.
  const stat = statSync(data);
  if (!json && stat.size > 100e6) console.error(`newsgraph serve: reading ${data} (${(stat.size / 1e9).toFixed(1)} GB) for the explorer …`);
  const view = currentView(options, stat)?.info;
  const url = await listen(createStaticServer(options), host, port);
  if (json) console.log(JSON.stringify({ url, graph: data, ...(view && { view }) }));
  else console.log(`newsgraph explorer: ${url}  (graph: ${data}; Ctrl-C stops)${view ? `\n${describeView(view)}` : ''}`);
  return url;
}

export const command: Command = {
  name: 'serve',
  summary: 'Serve the explorer (dist/web) and a graph file at /graph.json; binds 127.0.0.1 unless told.',
  usage: `usage: newsgraph serve [--host 127.0.0.1] [--port 5173] [--data data/graph.json] [--max-nodes ${VIEW_LIMITS.maxNodes}] [--max-edges ${VIEW_LIMITS.maxEdges}] [--json]`,
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '5173' },
    data: { type: 'string', default: 'data/graph.json' },
    'max-nodes': { type: 'string', default: String(VIEW_LIMITS.maxNodes) },
    'max-edges': { type: 'string', default: String(VIEW_LIMITS.maxEdges) },
  },
  async run({ positionals, values }) {
    if (positionals.length) throw new UsageError(`serve: unexpected argument '${positionals[0]}'`);
    const limits = { maxNodes: parseLimit('serve', 'max-nodes', values['max-nodes']), maxEdges: parseLimit('serve', 'max-edges', values['max-edges']) };
    await serve({ host: String(values.host), port: parsePort('serve', values.port), data: String(values.data), json: Boolean(values.json), limits });
    return 0;
  },
};
