import type { AnalysedArticle, EntityType, Mention } from '../src/model/types.ts';

/** What an extractor sees besides its article. */
export interface ExtractContext {
  /** Mentions found by the extractors that ran before this one, in this article. */
  previous: readonly Mention[];
}

/**
 * One extractor per entity type (extractors/person.ts, place.ts, organisation.ts, programme.ts).
 * Dictionaries and patterns live in extractors/data/; extractors return mentions in article coordinates
 * and never decide canonical ids across articles: that is src/resolve/'s job.
 */
export interface Extractor {
  name: string;
  type: EntityType;
  /** Words (with jieba POS tags) loaded into jieba's dictionary before any segmentation. */
  userWords?(): Iterable<readonly [string, string]>;
  extract(doc: AnalysedArticle, context: ExtractContext): Mention[];
}
