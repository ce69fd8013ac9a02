// Ingest: read page files, decode, normalise, split into articles and sentences.
export type { PageError } from './read.ts';
export { readPages, isPageError, pageFromBytes } from './read.ts';
export { placedArticles, rememberArticles, splitArticles, type Placed } from './articles.ts';
export { splitSentences } from './sentences.ts';
export { IngestError } from './encoding.ts';
export { rawSpan } from './raw-span.ts';
