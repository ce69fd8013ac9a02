import { Worker } from 'node:worker_threads';
import type { GraphStore, StoreData } from '../graph/store.ts';
import { commitTemporaries, removeStaleTemporaries, removeTemporaries, writeTemporary } from './atomic.ts';
import { outputFiles, writeOutputs, type Format } from './index.ts';

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

/**
 * Writes the outputs with up to `threads` threads, each writing whole formats: the main thread
 * from the store, the others from a copy of it (its big columns are shared memory, not copied).
 * All or none, as writeOutputs: the files are renamed into place when every thread is done.
 */
export async function writeOutputsInParallel(store: GraphStore, dir: string, formats: readonly Format[], threads: number): Promise<string[]> {
  const groups = shareFormats(formats, threads);
  if (groups.length <= 1) return writeOutputs(store, dir, formats);
  const paths = outputFiles(store, dir, formats).map((f) => f.path);
  removeStaleTemporaries(dir);
  const others = groups.slice(1).map((group) => writeInWorker(store.data, dir, group));
  let failed: unknown;
  try {
    for (const file of outputFiles(store, dir, groups[0])) writeTemporary(file);
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

export interface WriterData {
  store: StoreData;
  dir: string;
  formats: Format[];
}

function writeInWorker(store: StoreData, dir: string, formats: Format[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./writer.mjs', import.meta.url), { workerData: { store, dir, formats } satisfies WriterData });
    let done = false;
    worker.on('message', () => (done = true));
    worker.on('error', reject);
    worker.on('exit', (code) => (done ? resolve() : reject(new Error(`the thread writing ${formats.join(', ')} stopped (exit code ${code})`))));
  });
}
