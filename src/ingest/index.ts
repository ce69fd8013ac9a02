// Ingest: read page files, decode, normalise, split into articles and sentences.
export type { PageError } from './read.ts';
export { readFiles, readPages, isPageError, pageFromBytes, pageFromFile, pipelineFailed, type PageFile } from './read.ts';
export { splitArticles } from './articles.ts';
export { splitSentences } from './sentences.ts';
export { IngestError } from './encoding.ts';
export { rawSpan } from './raw-span.ts';
