// One-sentence articles for the unit tests of the extractors and resolvers.
import { extractArticle, loadUserWords } from '../../extractors/index.ts';
import type { AnalysedArticle, Article, Credit, Entity, EntityType, Mention } from '../../src/model/types.ts';
import { segment } from '../../src/nlp/segment.ts';
import { resolvePage } from '../../src/resolve/index.ts';

export interface ArticleOptions {
  doc?: string;
  index?: number;
  /** Bylines and photo credits; the byline names follow from them. */
  credits?: Credit[];
}

/** An article whose whole text is one paragraph and one sentence. */
export function testArticle(text: string, { doc = 't.txt', index = 0, credits = [] }: ArticleOptions = {}): Article {
  return {
    doc, id: `${doc}#${index}`, index, title: '', byline: credits.map((c) => c.name), credits, text,
    paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }], pageOffset: 0,
  };
}

/** The article with its tokens, segmented with the extractors' user words loaded as in the pipeline. */
export function analysed(text: string, options: ArticleOptions = {}): AnalysedArticle {
  loadUserWords();
  return { article: testArticle(text, options), tokens: segment(text) };
}

/** Entities of one type of a page made of these article texts, through the real extractors and resolver. */
export function resolvedEntities(type: EntityType, ...texts: string[]): Entity[] {
  const articles = texts.map((t, index) => analysed(t, { index }));
  return resolvePage('t.txt', articles, articles.map(extractArticle)).filter((e) => e.type === type);
}

/** Resolves hand-made mentions of one type, each placed at the next occurrence of its surface form. */
export function resolveMentions(type: EntityType, source: string, text: string, specs: Array<Partial<Mention> & { text: string }>): Entity[] {
  let from = 0;
  const mentions = specs.map((s) => {
    const start = text.indexOf(s.text, from);
    from = start + s.text.length;
    return { type, source, ...s, start, end: start + s.text.length };
  });
  return resolvePage('p.txt', [{ article: testArticle(text, { doc: 'p.txt' }), tokens: [] }], [mentions]).filter((e) => e.type === type);
}
