import { Worker } from 'node:worker_threads';
import { shareTexts } from '../graph/evidence.ts';
import type { GraphStore, StoreData } from '../graph/store.ts';
import { commitTemporaries, removeStaleTemporaries, removeTemporaries, writeTemporary } from './atomic.ts';
import { outputParts, writeOutputs, type Format } from './index.ts';

/** Rough cost of each format relative to graph.json (bench/scale.ts, 1000×), for sharing them out. */
const COST: Record<Format, number> = { json: 1, gexf: 1.2, graphml: 1.1, csv: 1 };

/** The formats in `threads` groups of about equal cost, costliest first; group 0 is the main thread's. */
export function shareFormats(formats: readonly Format[], threads: number): Format[][] {
  const groups: Format[][] = Array.from({ length: Math.min(threads, formats.length) }, () => []);
  const load = groups.map(() => 0);
  for (const f of [...formats].sort((a, b) => COST[b] - COST[a])) {
    const g = load.indexOf(Math.min(...load));
    groups[g].push(f);
    load[g] += COST[f];
  }
  return groups;
}

/** What a writer thread gets: the store without its nodes, which only the files' heads read. */
export type EdgeData = Omit<StoreData, 'nodes' | 'attributes'>;

export interface WriterData {
  edges: EdgeData;
  dir: string;
  formats: Format[];
}

/**
 * Writes the outputs with up to `threads` threads, whole formats each. The main thread writes the
 * head of every file (all that reads the nodes) and then its own formats whole; each other thread
 * appends the edges of its formats from a copy of the store's edges (the columns and the article texts
 * are shared memory, not copied). All or none, as writeOutputs: files are renamed into place when every
 * thread is done.
 */
export async function writeOutputsInParallel(store: GraphStore, dir: string, formats: readonly Format[], threads: number): Promise<string[]> {
  const groups = shareFormats(formats, threads);
  if (groups.length <= 1) return writeOutputs(store, dir, formats);
  const paths = outputParts(dir, formats).map((f) => f.path);
  removeStaleTemporaries(dir);
  const { nodes: _nodes, attributes: _attributes, articles, ...rest } = store.data;
  const edges: EdgeData = { ...rest, articles: shareTexts(articles) };
  const others: Array<Promise<void>> = [];
  let failed: unknown;
  try {
    for (const group of groups.slice(1)) {
      for (const file of outputParts(dir, group)) writeTemporary({ path: file.path, content: file.head(store) });
      others.push(writeInWorker({ edges, dir, formats: group }));
    }
    for (const file of outputParts(dir, groups[0])) {
      writeTemporary({ path: file.path, content: file.head(store) });
      writeTemporary({ path: file.path, content: file.edges(store) }, { append: true });
    }
  } catch (err) {
    failed = err;
  }
  for (const result of await Promise.allSettled(others)) if (result.status === 'rejected') failed ??= result.reason;
  if (failed) {
    removeTemporaries(paths);
    throw failed;
  }
  commitTemporaries(paths);
  return paths;
}

function writeInWorker(data: WriterData): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./writer.mjs', import.meta.url), { workerData: data });
    let done = false;
    worker.on('message', () => (done = true));
    worker.on('error', reject);
    worker.on('exit', (code) => (done ? resolve() : reject(new Error(`the thread writing ${data.formats.join(', ')} stopped (exit code ${code})`))));
  });
}
