import { availableParallelism } from 'node:os';
import { isPageError, pipelineFailed, type PageError, type PageFile } from '../ingest/index.ts';
import type { PageResult } from '../model/types.ts';
import { processFile, type Processed } from '../pipeline.ts';
import { WorkerPool } from './pool.ts';
import { trimMemory } from './memory.ts';

export interface Progress {
  /** Items (pages and bad pages) the consumer is done with. */
  done: number;
  /** Characters of normalised text in those pages that went through the pipeline (not the cached ones). */
  chars: number;
}

export interface ParallelOptions {
  /** Worker threads; 1 processes in the main thread. Default: every core. */
  workers?: number;
  /** Pages read ahead of the consumer, each already handed to a worker. Default: 2 × workers. */
  ahead?: number;
  /** Pages not to send to a worker (e.g. cached): result() then processes them in the main thread if asked. */
  skip?(file: PageFile): boolean;
  onProgress?(progress: Progress): void;
}

export const defaultWorkers = (): number => availableParallelism();

/**
 * A worker costs 1–3 s to start (tsx, jieba's dictionaries, the extractors' lexicons) and a page
 * 25–50 ms: one worker per this many pages, so a handful of pages stays in the main thread.
 */
export const PAGES_PER_WORKER = 50;

/**
 * Page bytes and results cross threads as serialized copies, whose buffers leave malloc's heap fragmented:
 * every this many pages the freed memory goes back to the system (~9 ms a time; 1000× on 2 workers:
 * 75 MB less at the peak for 0.4 s in all).
 */
const TRIM_PAGES = 100;

/** Workers for `pages` pages (unknown: every core), at most `cores`. */
export const workersFor = (pages: number | undefined, cores = defaultWorkers()): number =>
  pages === undefined ? cores : Math.max(1, Math.min(cores, Math.ceil(pages / PAGES_PER_WORKER)));

export interface Ahead {
  /** The source's items in their order; every page yielded has already been handed to a worker. */
  pages: AsyncGenerator<PageFile | PageError>;
  /**
   * The result of a page just yielded by `pages` (processed in this thread if it was not sent out), or
   * why its bytes are not a page; rejects when the pipeline fails on it.
   */
  result(file: PageFile): Promise<PageResult | PageError>;
}

/**
 * Read pages ahead of a consumer that handles them one at a time in order (such as the graph
 * builder's addPages), with up to `ahead` pages in flight on worker threads. The workers decode and
 * lay out the pages too, so this thread only reads bytes, hands them out and takes the results.
 * Memory holds at most `ahead` pages and their results. Workers stop when `pages` ends or the consumer stops early.
 */
export function readAhead(source: AsyncIterable<PageFile | PageError>, options: ParallelOptions = {}): Ahead {
  const workers = options.workers ?? defaultWorkers();
  const limit = Math.max(1, options.ahead ?? 2 * workers);
  const pool = workers > 1 ? new WorkerPool(workers) : undefined;
  const started = new Map<PageFile, Promise<Processed>>();
  /** Normalised length of each page whose result was taken, until the consumer is done with it. */
  const lengths = new Map<PageFile, number>();

  async function* pages(): AsyncGenerator<PageFile | PageError> {
    const queue: Array<PageFile | PageError> = [];
    const input = source[Symbol.asyncIterator]();
    const progress: Progress = { done: 0, chars: 0 };
    let ended = false;
    try {
      for (;;) {
        while (!ended && queue.length < limit) {
          const next = await input.next();
          if (next.done) ended = true;
          else queue.push(dispatch(next.value));
        }
        const item = queue.shift();
        if (!item) return;
        yield item;
        // The consumer asks for the next item only when it is done with this one.
        if (!isPageError(item)) {
          started.delete(item);
          progress.chars += lengths.get(item) ?? 0;
          lengths.delete(item);
        }
        progress.done++;
        if (progress.done % TRIM_PAGES === 0) trimMemory();
        options.onProgress?.({ ...progress });
      }
    } finally {
      started.clear();
      lengths.clear();
      if (!ended) await input.return?.();
      await pool?.close();
    }
  }

  const sent = new Set<string>();
  function dispatch(item: PageFile | PageError): PageFile | PageError {
    if (!pool || isPageError(item)) return item;
    // A second copy of a page is a duplicate: its result is asked for only if the first copy failed, and
    // is then made here.
    const copy = sent.has(item.hash);
    sent.add(item.hash);
    if (!copy && !options.skip?.(item)) {
      const job = pool.run(item);
      job.catch(() => {}); // failures surface when result() is awaited, not as unhandled rejections
      started.set(item, job);
    }
    return item;
  }

  return {
    pages: pages(),
    async result(file) {
      const job = started.get(file);
      started.delete(file);
      const done = job ? await job : processFile(file);
      if ('bad' in done) return done.bad;
      lengths.set(file, done.chars);
      return done.result;
    },
  };
}

/**
 * pages → PageResults, in input order whatever the number of workers, so the output equals the
 * single-thread run. A page the pipeline fails on comes out as a PageError; the others go on.
 */
export async function* processPages(
  source: AsyncIterable<PageFile | PageError>,
  options: ParallelOptions = {},
): AsyncGenerator<PageResult | PageError> {
  const { pages, result } = readAhead(source, options);
  for await (const item of pages) {
    let out: PageResult | PageError;
    if (isPageError(item)) out = item;
    else {
      try {
        out = await result(item);
      } catch (err) {
        out = pipelineFailed(item, err);
      }
    }
    yield out;
  }
}
