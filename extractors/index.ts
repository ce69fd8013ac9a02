import type { AnalysedArticle, Mention } from '../src/model/types.ts';
import { addUserWords, dictionaries } from '../src/nlp/segment.ts';
import { organisation } from './organisation.ts';
import { person } from './person.ts';
import { place } from './place.ts';
import { programme } from './programme.ts';
import type { Extractor } from './types.ts';

/** The extractor pipeline, in order: later extractors see earlier mentions (organisations see places). */
export const extractors: readonly Extractor[] = [place, organisation, person, programme];

/** The dictionaries' generation the words were added to (they go when the dictionaries are released). */
let wordsLoaded = -1;

/** Load every extractor's dictionary words into jieba (once per thread, again after a release). */
export function loadUserWords(): void {
  const generation = dictionaries();
  if (wordsLoaded === generation) return;
  wordsLoaded = generation;
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
  // The type of the kept spans over each offset (kept spans of two types never overlap), and the kept
  // spans themselves: linear in the mentions' length, where comparing with every kept span was
  // quadratic and took minutes on a multi-megabyte article.
  // Types are numbered 1… in a typed array (0: no owner): a plain array filled out of order was slow.
  const codes = new Map<string, number>();
  const code = (type: string) => codes.get(type) ?? (codes.set(type, codes.size + 1), codes.size);
  const owner = new Uint8Array(mentions.reduce((n, m) => Math.max(n, m.end), 0));
  for (const m of sorted) {
    const type = code(m.type);
    let clash = false;
    for (let i = Math.max(0, m.start); i < m.end && !clash; i++) clash = owner[i] !== 0 && owner[i] !== type;
    if (clash || keptAlready(kept, m)) continue;
    kept.push(m);
    owner.fill(type, Math.max(0, m.start), m.end);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether a span of m's type, start and end was kept: such spans sort together, so they end `kept`. */
function keptAlready(kept: readonly Mention[], m: Mention): boolean {
  for (let k = kept.length - 1; k >= 0 && kept[k].start === m.start && kept[k].end === m.end; k--) {
    if (kept[k].type === m.type) return true;
  }
  return false;
}
