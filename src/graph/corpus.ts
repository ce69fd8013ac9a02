import type { PageError } from '../ingest/index.ts';
import { isPageError, pipelineFailed } from '../ingest/index.ts';
import type { PageResult } from '../model/types.ts';
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

/** What addPages needs to know of a page before it is processed (a Page, or a PageFile still in bytes). */
export interface PageRef {
  path: string;
  doc: string;
  hash: string;
}

export interface CorpusOptions<P extends PageRef> {
  /**
   * Page → result (processPage; a worker pool hands back a promise), or a PageError when the page
   * turns out not to be readable. Throwing reports the page as one the pipeline failed on.
   */
  process(page: P): PageResult | PageError | Promise<PageResult | PageError>;
  cache?: PageCache;
  /** false: process every page again (and refresh the cache). */
  reuse?: boolean;
  /** Told about each page that failed, with a one-line reason; the build goes on. */
  onBadPage(error: PageError): void;
}

/** read pages → (cache or process) → add to the builder. Never stops at a bad page. */
export async function addPages<P extends PageRef>(builder: GraphBuilder, pages: AsyncIterable<P | PageError>, options: CorpusOptions<P>): Promise<CorpusStats> {
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
    const cached = options.reuse === false ? undefined : options.cache?.get(page.hash, page.doc);
    let result: PageResult;
    try {
      const got = cached ?? (await options.process(page));
      if (isPageError(got)) {
        stats.bad++;
        options.onBadPage(got);
        continue;
      }
      result = got;
      builder.add(result); // checks the result before taking anything from it
    } catch (err) {
      stats.bad++;
      options.onBadPage(pipelineFailed(page, err));
      continue;
    }
    seen.add(page.hash);
    stats.pages++;
    if (cached) stats.reused++;
    else {
      stats.processed++;
      options.cache?.put(result);
    }
  }
  return stats;
}
