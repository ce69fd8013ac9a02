import type { Page, Span } from '../model/types.ts';

/**
 * The raw-file span behind text[start, end) of a page. Headlines are moved ahead of their body, so a
 * span is mapped through its own first and last character, never through the character after it.
 */
export function rawSpan(page: Page, start: number, end: number): Span {
  if (end <= start) return { start: page.toRaw[start], end: page.toRaw[start] };
  let lo = Infinity;
  let hi = -1;
  for (let i = start; i < end; i++) {
    const r = page.toRaw[i];
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  return { start: lo, end: hi + 1 };
}
