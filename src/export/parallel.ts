import { Worker } from 'node:worker_threads';
import { shareTexts } from '../graph/evidence.ts';
import type { GraphStore, StoreData } from '../graph/store.ts';
import { commitTemporaries, removeStaleTemporaries, removeTemporaries, writeTemporary } from './atomic.ts';
import { outputParts, writeOutputs, type Format } from './index.ts';

/**
 * Seconds to write each format's heads (everything that reads the nodes) and edges in one thread at
 * 1000× (docs/scale.md, per-format write). Only the main thread holds the nodes, so it writes every head.
 */
const COST: Record<Format, { head: number; edges: number }> = {
  json: { head: 1.4, edges: 10.2 },
  gexf: { head: 1.2, edges: 8.5 },
  graphml: { head: 1.8, edges: 10.2 },
  csv: { head: 1, edges: 6.3 },
};

/**
 * The formats in at most `threads` groups, group 0 the main thread's (it also writes every head), the
 * others never empty. Few formats: every assignment is tried and the one finishing first is kept.
 */
export function shareFormats(list: readonly Format[], threads: number): Format[][] {
  const formats = [...new Set(list)];
  const t = Math.max(1, Math.min(Math.floor(threads) || 1, formats.length));
  const heads = formats.reduce((sum, f) => sum + COST[f].head, 0);
  let best: number[] = formats.map(() => 0);
  let bestTime = Infinity;
  const thread = formats.map(() => 0);
  for (let n = 0; n < t ** formats.length; n++) {
    for (let k = 0, rest = n; k < formats.length; k++, rest = Math.floor(rest / t)) thread[k] = rest % t;
    const load = Array.from({ length: t }, (_, g) => (g === 0 ? heads : 0));
    formats.forEach((f, k) => (load[thread[k]] += COST[f].edges));
    const time = Math.max(...load);
    if (time < bestTime) [best, bestTime] = [[...thread], time];
  }
  const groups = Array.from({ length: t }, (_, g) => formats.filter((_, k) => best[k] === g));
  return [groups[0], ...groups.slice(1).filter((g) => g.length)];
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
