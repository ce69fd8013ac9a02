import cueData from './relation-cues.json' with { type: 'json' };
import { byKey, type Evidence } from './types.ts';

/** At most this many evidence items per edge. */
export const MAX_EVIDENCE = 5;

const CUES: readonly string[] = cueData.cues;

/** Whether a sentence states a relation (书记, 推行, 位于 …) rather than only listing names. */
export const statesRelation = (text: string) => CUES.some((cue) => text.includes(cue));

/**
 * Rank of a candidate, lower is better: a single sentence naming both ends beats a run of
 * sentences; a sentence stating a relation beats one that only lists names.
 */
export const evidenceTier = (sameSentence: boolean, states: boolean) => (sameSentence ? 0 : 2) + (states ? 0 : 1);

export interface Candidate extends Evidence {
  tier: number;
}

type Key = Pick<Candidate, 'tier' | 'article' | 'start' | 'end'>;

/** Total order (tier, shorter, article, offset): which items are kept never depends on input order. */
export function compareCandidates(a: Key, b: Key): number {
  return a.tier - b.tier || a.end - a.start - (b.end - b.start) || byKey(a.article, b.article) || a.start - b.start;
}

/**
 * Offers a candidate to a list kept sorted and bounded. `text` is only called when the candidate
 * is kept, so scanning many co-occurrences does not copy many sentences.
 */
export function offerEvidence(kept: Candidate[], key: Key & { doc: string }, text: () => string): void {
  const worst = kept[kept.length - 1];
  if (kept.length === MAX_EVIDENCE && compareCandidates(key, worst) >= 0) return;
  let i = kept.length;
  while (i > 0 && compareCandidates(key, kept[i - 1]) < 0) i--;
  if (i > 0 && compareCandidates(key, kept[i - 1]) === 0) return; // the same sentence again
  kept.splice(i, 0, { article: key.article, doc: key.doc, start: key.start, end: key.end, text: text(), tier: key.tier });
  if (kept.length > MAX_EVIDENCE) kept.pop();
}

/** The stored form: drops the rank. */
export const toEvidence = ({ article, doc, start, end, text }: Candidate): Evidence => ({ article, doc, start, end, text });
