import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, wholeNumber } from '../command.ts';
import { VIEW_LIMITS, type ViewInfo, type ViewLimits } from '../../query/view.ts';
import { WEB_DIST } from '../../server/paths.ts';
import { createStaticServer, currentView, listen } from '../../server/static.ts';

export const parsePort = (command: string, value: unknown): number => wholeNumber(command, 'port', value, { max: 65535 });

/** The options of `serve` and `start` that bound what the explorer is given of a large graph. */
export const VIEW_OPTIONS = {
  'max-nodes': { type: 'string', default: String(VIEW_LIMITS.maxNodes) },
  'max-edges': { type: 'string', default: String(VIEW_LIMITS.maxEdges) },
} as const;
export const VIEW_USAGE = `[--max-nodes ${VIEW_LIMITS.maxNodes}] [--max-edges ${VIEW_LIMITS.maxEdges}]`;

export const viewLimits = (command: string, values: Record<string, unknown>): ViewLimits => ({
  maxNodes: wholeNumber(command, 'max-nodes', values['max-nodes'], { zero: 'no limit' }),
  maxEdges: wholeNumber(command, 'max-edges', values['max-edges'], { zero: 'no limit' }),
});

const count = (n: number) => n.toLocaleString('en-US');

/** What the explorer is given of the graph, in a line. */
export function describeView(info: ViewInfo): string {
  return `the graph has ${count(info.totalNodes)} nodes and ${count(info.totalEdges)} edges: the explorer gets ${count(info.nodes)} nodes, highest PageRank first, ` +
    `and ${count(info.edges)} edges among them, strongest first; --max-nodes and --max-edges set how many (0: no limit), 'newsgraph query' answers over the whole graph`;
}

/** Past this size a graph file served whole may be more than a browser loads. */
const LARGE_FILE = 200e6;

/** Serves dist/web and one graph file (a view of it past `limits`); shared by `serve` and `start`. Resolves with the URL. */
export async function serve({ host, port, data, json, limits = VIEW_LIMITS }: { host: string; port: number; data: string; json: boolean; limits?: ViewLimits }): Promise<string> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`no built explorer in ${WEB_DIST}; run 'npm run build:web' (or 'npm start', which builds it)`);
  }
  if (!existsSync(data)) throw new Error(`graph file not found: ${data}; run 'newsgraph build seeds --out data' or pass --data`);
  const options = { root: WEB_DIST, graphFile: data, view: limits };
  // Made now, not at the first request: a large graph takes seconds to read, and the user is told what is shown.
  const stat = statSync(data);
  const gb = `${(stat.size / 1e9).toFixed(1)} GB`;
  if (!json && stat.size > LARGE_FILE && (limits.maxNodes || limits.maxEdges)) console.error(`newsgraph serve: reading ${data} (${gb}) for the explorer …`);
  const view = (await currentView(options, stat))?.info;
  if (!view && stat.size > LARGE_FILE) {
    console.error(`newsgraph serve: ${data} is served whole (${gb}; not cut down: no limits, or not laid out as 'newsgraph build' writes it); a browser may fail to load it`);
  }
  const url = await listen(createStaticServer(options), host, port);
  if (json) console.log(JSON.stringify({ url, graph: data, ...(view && { view }) }));
  else console.log(`newsgraph explorer: ${url}  (graph: ${data}; Ctrl-C stops)${view ? `\n${describeView(view)}` : ''}`);
  return url;
}

export const command: Command = {
  name: 'serve',
  summary: 'Serve the explorer (dist/web) and a graph file at /graph.json; binds 127.0.0.1 unless told.',
  usage: `usage: newsgraph serve [--host 127.0.0.1] [--port 5173] [--data data/graph.json] ${VIEW_USAGE} [--json]`,
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '5173' },
    data: { type: 'string', default: 'data/graph.json' },
    ...VIEW_OPTIONS,
  },
  async run({ positionals, values }) {
    if (positionals.length) throw new UsageError(`serve: unexpected argument '${positionals[0]}'`);
    const limits = viewLimits('serve', values);
    await serve({ host: String(values.host), port: parsePort('serve', values.port), data: String(values.data), json: Boolean(values.json), limits });
    return 0;
  },
};
