import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError } from '../command.ts';
import { PROJECT, WEB_DIST } from '../../server/paths.ts';
import { parsePort, serve, VIEW_OPTIONS, VIEW_USAGE, viewLimits } from './serve.ts';

/** Newest modification time of the files under `path` (0 when it does not exist). */
export function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** True when `output` is missing or older than any file under the inputs. */
export const stale = (output: string, inputs: string[]) =>
  !existsSync(output) || statSync(output).mtimeMs < Math.max(...inputs.map(newest));

function buildGraph(): void {
  console.log('newsgraph start: building data/graph.json from seeds/ …');
  const run = spawnSync(process.execPath, [join(PROJECT, 'bin/newsgraph.mjs'), 'build', 'seeds', '--out', 'data'], { cwd: PROJECT, stdio: 'inherit' });
  if (run.status !== 0) {
    throw new Error(`building the graph failed: 'newsgraph build seeds --out data' exited ${run.status ?? run.signal}; `
      + 'fix the error above (or put a graph at data/graph.json) and run npm start again');
  }
}

async function buildWeb(): Promise<void> {
  console.log('newsgraph start: building the explorer into dist/web …');
  const { build } = await import('vite');
  await build({ configFile: join(PROJECT, 'vite.config.ts'), root: join(PROJECT, 'web'), logLevel: 'warn' });
}

export const command: Command = {
  name: 'start',
  summary: 'Build the graph from seeds/ and the explorer when missing or stale, then serve them.',
  usage: `usage: newsgraph start [--host 127.0.0.1] [--port 5173] ${VIEW_USAGE} [--json]`,
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '5173' },
    ...VIEW_OPTIONS,
  },
  async run({ positionals, values }) {
    if (positionals.length) throw new UsageError(`start: unexpected argument '${positionals[0]}'`);
    const port = parsePort('start', values.port);
    const limits = viewLimits('start', values);
    const graph = join(PROJECT, 'data/graph.json');
    if (stale(graph, [join(PROJECT, 'seeds')])) buildGraph();
    if (stale(join(WEB_DIST, 'index.html'), [join(PROJECT, 'web'), join(PROJECT, 'vite.config.ts')])) await buildWeb();
    await serve({ host: String(values.host), port, data: graph, json: Boolean(values.json), limits });
    return 0;
  },
};
