import type { AnalysedArticle, Mention } from '../src/model/types.ts';
import { addUserWords } from '../src/nlp/segment.ts';
import { organisation } from './organisation.ts';
import { person } from './person.ts';
import { place } from './place.ts';
import { programme } from './programme.ts';
import type { Extractor } from './types.ts';

/** The extractor pipeline, in order: later extractors see earlier mentions (organisations see places). */
export const extractors: readonly Extractor[] = [place, organisation, person, programme];

let wordsLoaded = false;

/** Load every extractor's dictionary words into nodejieba (once per process). */
export function loadUserWords(): void {
  if (wordsLoaded) return;
  wordsLoaded = true;
  for (const e of extractors) if (e.userWords) addUserWords(e.userWords());
}

/** Run all extractors over one article and keep a consistent set of spans. */
export function extractArticle(doc: AnalysedArticle): Mention[] {
  const found: Mention[] = [];
  for (const e of extractors) found.push(...e.extract(doc, { previous: found.slice() }));
  return filterSpans(found);
}

/**
 * Overlaps between types: the longer span wins (the 零陵 inside 零陵区委 is not a place mention);
 * spans of the same type may nest (an extractor decides that itself). Order: by start, then longest.
 */
export function filterSpans(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const clash = kept.some((k) => k.type !== m.type && k.start < m.end && m.start < k.end);
    const same = kept.some((k) => k.type === m.type && k.start === m.start && k.end === m.end);
    if (!clash && !same) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
