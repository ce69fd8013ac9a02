import type { Extractor } from './types.ts';
import { taggedMentions } from './lib/tagged.ts';

const TAGS = new Set(['nr']);

export const person: Extractor = {
  name: 'person',
  type: 'person',
  extract: (doc) => taggedMentions(doc, TAGS, 'person', 'person:jieba-nr'),
};
