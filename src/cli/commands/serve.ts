import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { WEB_DIST } from '../../server/paths.ts';
import { createStaticServer, listen } from '../../server/static.ts';

export function parsePort(command: string, value: unknown): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`${command}: --port '${value}' is not a port number (0-65535)`);
  return port;
}

/** Serves dist/web and one graph file; shared by `serve` and `start`. Resolves with the URL. */
export async function serve({ host, port, data, json }: { host: string; port: number; data: string; json: boolean }): Promise<string> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`no built explorer in ${WEB_DIST}; run 'npm run build:web' (or 'npm start', which builds it)`);
  }
  if (!existsSync(data)) throw new Error(`graph file not found: ${data}; run 'newsgraph build seeds --out data' or pass --data`);
  const url = await listen(createStaticServer({ root: WEB_DIST, graphFile: data }), host, port);
  console.log(json ? JSON.stringify({ url, graph: data }) : `newsgraph explorer: ${url}  (graph: ${data}; Ctrl-C stops)`);
  return url;
}

export const command: Command = {
  name: 'serve',
  summary: 'Serve the explorer (dist/web) and a graph file at /graph.json; binds 127.0.0.1 unless told.',
  usage: 'usage: newsgraph serve [--host 127.0.0.1] [--port 5173] [--data data/graph.json] [--json]',
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '5173' },
    data: { type: 'string', default: 'data/graph.json' },
  },
  async run({ positionals, values }) {
    if (positionals.length) throw new UsageError(`serve: unexpected argument '${positionals[0]}'`);
    await serve({ host: String(values.host), port: parsePort('serve', values.port), data: String(values.data), json: Boolean(values.json) });
    return 0;
  },
};
