import type { Extractor } from './types.ts';
import { taggedMentions } from './lib/tagged.ts';

const TAGS = new Set(['nt']);

export const organisation: Extractor = {
  name: 'organisation',
  type: 'organisation',
  extract: (doc) => taggedMentions(doc, TAGS, 'organisation', 'organisation:jieba-nt'),
};
