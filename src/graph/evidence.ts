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

/** Kept evidence, best first, with each item's tier alongside (the stored items stay schema-shaped). */
export interface Ranked {
  evidence: Evidence[];
  tiers: number[];
}

interface Key {
  tier: number;
  article: string;
  start: number;
  end: number;
}

/** Total order (tier, shorter, article, offset): which items are kept never depends on input order. */
export function compareCandidates(a: Key, b: Key): number {
  return a.tier - b.tier || a.end - a.start - (b.end - b.start) || byKey(a.article, b.article) || a.start - b.start;
}

/**
 * Offers a candidate to a list kept sorted and bounded. `text` is only called when the candidate
 * is kept, so scanning many co-occurrences does not copy many sentences.
 */
export function offerEvidence(list: Ranked, key: Key & { doc: string }, text: () => string): void {
  const { evidence, tiers } = list;
  const at = (i: number): Key => ({ tier: tiers[i], article: evidence[i].article, start: evidence[i].start, end: evidence[i].end });
  const n = evidence.length;
  if (n === MAX_EVIDENCE && compareCandidates(key, at(n - 1)) >= 0) return;
  let i = n;
  while (i > 0 && compareCandidates(key, at(i - 1)) < 0) i--;
  if (i > 0 && compareCandidates(key, at(i - 1)) === 0) return; // the same sentence again
  // New arrays of exact length: a grown array keeps room for 17 items, and a large graph has millions of lists.
  const keep = Math.min(n + 1, MAX_EVIDENCE);
  const item = { article: key.article, doc: key.doc, start: key.start, end: key.end, text: text() };
  list.evidence = [...evidence.slice(0, i), item, ...evidence.slice(i)].slice(0, keep);
  list.tiers = [...tiers.slice(0, i), key.tier, ...tiers.slice(i)].slice(0, keep);
}
