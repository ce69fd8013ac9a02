// Choosing among places that share a name (平安村 ×6, 向阳街道 ×17) by the other places of the article:
// gazetteer codes are hierarchical, so a candidate inside (or around) a place named nearby shares its prefix.
import type { Place } from './gazetteer.ts';

/** How strongly `code` sits with the context codes: the length of the longest shared ancestor code. */
function affinity(code: string, context: Iterable<string>): number {
  let best = 0;
  for (const c of context) {
    if (c === code) continue;
    if (code.startsWith(c)) best = Math.max(best, c.length);
    else if (c.startsWith(code)) best = Math.max(best, code.length);
  }
  return best;
}

/**
 * The one candidate the context supports, or undefined when it stays ambiguous.
 * Ties and no context: the single candidate in `home` (the corpus province), if there is one.
 */
export function choosePlace(candidates: readonly Place[], context: Iterable<string>, home = '43'): Place | undefined {
  if (candidates.length <= 1) return candidates[0];
  const ctx = [...context];
  const scored = candidates.map((p) => ({ p, s: affinity(p.code, ctx) }));
  const top = Math.max(...scored.map((x) => x.s));
  const best = scored.filter((x) => x.s === top).map((x) => x.p);
  if (top > 0 && best.length === 1) return best[0];
  const local = best.filter((p) => p.code.startsWith(home));
  return local.length === 1 ? local[0] : undefined;
}
