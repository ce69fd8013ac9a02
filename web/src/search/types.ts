import type { EntityType } from '../graph/types.ts';

export interface SearchEntry {
  key: string;
  label: string;
  type: EntityType;
  aliases: string[];
  /** Full pinyin without tones and spaces. */
  pinyin: string;
  /** Pinyin initials. */
  initials: string;
  degree: number;
}

export interface SearchHit {
  entry: SearchEntry;
  /** What matched, shown beside the label when it is not the label itself. */
  matched: string;
  rank: number;
}
