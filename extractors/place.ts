import type { Extractor } from './types.ts';
import { taggedMentions } from './lib/tagged.ts';

const TAGS = new Set(['ns']);

export const place: Extractor = {
  name: 'place',
  type: 'place',
  extract: (doc) => taggedMentions(doc, TAGS, 'place', 'place:jieba-ns'),
};
