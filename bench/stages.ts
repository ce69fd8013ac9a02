// processPage (src/pipeline.ts) stage by stage, with the time each stage takes: the benches' answer to
// "where does a page's time go". Each pass is checked against processPage itself by its callers.
import { extractors, filterSpans, loadUserWords } from '../extractors/index.ts';
import { splitArticles } from '../src/ingest/index.ts';
import type { AnalysedArticle, Mention, Page, PageResult } from '../src/model/types.ts';
import { segment } from '../src/nlp/segment.ts';
import { resolvePage } from '../src/resolve/index.ts';

/** Milliseconds per stage, summed over the pages a pass went through. */
export type StageTimes = Map<string, number>;

/** The stages in pipeline order: split, segment, each extractor by name, filter, resolve. */
export const STAGES: readonly string[] = ['split', 'segment', ...extractors.map((e) => e.name), 'filter', 'resolve'];

/** Adds the time since `from` to `stage`. */
export function clock(times: StageTimes, stage: string, from: number): void {
  times.set(stage, (times.get(stage) ?? 0) + performance.now() - from);
}

/** processPage(page), timing each stage into `times`. */
export function stagedPage(page: Page, times: StageTimes): PageResult {
  loadUserWords();
  let t0 = performance.now();
  const articles = splitArticles(page);
  clock(times, 'split', t0);
  t0 = performance.now();
  const analysed: AnalysedArticle[] = articles.map((article) => ({ article, tokens: segment(article.text) }));
  clock(times, 'segment', t0);
  const mentions = analysed.map((doc) => {
    const found: Mention[] = [];
    for (const e of extractors) {
      t0 = performance.now();
      found.push(...e.extract(doc, { previous: found.slice() }));
      clock(times, e.name, t0);
    }
    t0 = performance.now();
    const kept = filterSpans(found);
    clock(times, 'filter', t0);
    return kept;
  });
  t0 = performance.now();
  const entities = resolvePage(page.doc, analysed, mentions);
  clock(times, 'resolve', t0);
  return { doc: page.doc, path: page.path, hash: page.hash, articles, entities };
}
