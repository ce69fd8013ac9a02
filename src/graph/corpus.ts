import type { PageError } from '../ingest/index.ts';
import { isPageError } from '../ingest/index.ts';
import type { Page, PageResult } from '../model/types.ts';
import type { GraphBuilder } from './build.ts';
import type { PageCache } from './cache.ts';

export interface CorpusStats {
  /** Distinct pages in the graph. */
  pages: number;
  /** Pages run through the pipeline this time. */
  processed: number;
  /** Pages taken from the cache. */
  reused: number;
  /** Pages given again with content already added (same hash). */
  duplicates: number;
  /** Pages that could not be read or processed. */
  bad: number;
}

export interface CorpusOptions {
  /** Page → result. Synchronous today (src/pipeline.ts); a worker pool can hand back a promise. */
  process(page: Page): PageResult | Promise<PageResult>;
  cache?: PageCache;
  /** false: process every page again (and refresh the cache). */
  reuse?: boolean;
  /** Told about each page that failed, with a one-line reason; the build goes on. */
  onBadPage(error: PageError): void;
}

/** read pages → (cache or process) → add to the builder. Never stops at a bad page. */
export async function addPages(builder: GraphBuilder, pages: AsyncIterable<Page | PageError>, options: CorpusOptions): Promise<CorpusStats> {
  const stats: CorpusStats = { pages: 0, processed: 0, reused: 0, duplicates: 0, bad: 0 };
  const seen = new Set<string>();
  for await (const page of pages) {
    if (isPageError(page)) {
      stats.bad++;
      options.onBadPage(page);
      continue;
    }
    if (seen.has(page.hash)) {
      stats.duplicates++;
      continue;
    }
    seen.add(page.hash);
    const cached = options.reuse === false ? undefined : options.cache?.get(page.hash, page.doc);
    let result: PageResult;
    try {
      result = cached ?? (await options.process(page));
      builder.add(result); // checks the result before taking anything from it
    } catch (err) {
      stats.bad++;
      options.onBadPage({ path: page.path, doc: page.doc, reason: `the pipeline failed on this page: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    stats.pages++;
    if (cached) stats.reused++;
    else {
      stats.processed++;
      options.cache?.put(result);
    }
  }
  return stats;
}
