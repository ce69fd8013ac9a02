import { extractArticle, loadUserWords } from '../extractors/index.ts';
import { isPageError, pageFromFile, splitArticles, type PageError, type PageFile } from './ingest/index.ts';
import type { AnalysedArticle, Page, PageResult } from './model/types.ts';
import { segment } from './nlp/segment.ts';
import { resolvePage } from './resolve/index.ts';

/** articles → segmentation → extractors → resolver, for one page. Pure apart from jieba's dictionary (src/nlp/segment.ts). */
export function processPage(page: Page): PageResult {
  loadUserWords();
  const articles = splitArticles(page);
  const analysed: AnalysedArticle[] = articles.map((article) => ({ article, tokens: segment(article.text) }));
  const mentions = analysed.map((doc) => extractArticle(doc));
  const entities = resolvePage(page.doc, analysed, mentions);
  return { doc: page.doc, path: page.path, hash: page.hash, articles, entities };
}

/** A page file after the pipeline: its result and the length of its normalised text, or why it is not a page. */
export type Processed = { result: PageResult; chars: number } | { bad: PageError };

/** bytes → page → processPage: what a worker does with each file (throws only where processPage does). */
export function processFile(file: PageFile): Processed {
  const page = pageFromFile(file);
  if (isPageError(page)) return { bad: page };
  return { result: processPage(page), chars: page.text.length };
}
