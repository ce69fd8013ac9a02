import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/types.ts';
import { OtherMentions } from './person-spans.ts';

const m = (start: number, end: number): Mention => ({ type: 'place', text: 'x'.repeat(end - start), start, end, source: 'place:gazetteer' });

describe('OtherMentions', () => {
  const outer = m(2, 9); // 零陵区公安局
  const inner = m(2, 5); // 零陵区, inside it
  const later = m(12, 14);
  const beyond = m(18, 25); // runs past the text's end (length 20)
  const spans = new OtherMentions([later, outer, inner, beyond], 20);

  it('finds every mention overlapping a span, nested ones too, and only those', () => {
    expect(new Set(spans.overlapping(4, 6))).toEqual(new Set([outer, inner]));
    expect(spans.overlapping(8, 12)).toEqual([outer]);
    expect(spans.overlapping(9, 12)).toEqual([]);
    expect(spans.overlapping(13, 30)).toEqual(expect.arrayContaining([later, beyond]));
  });

  it('finds nothing for an empty span or one outside the text', () => {
    expect(spans.overlapping(5, 5)).toEqual([]);
    expect(spans.overlapping(6, 3)).toEqual([]);
    expect(spans.overlapping(20, 22)).toEqual([]);
    expect(spans.overlapping(-3, 0)).toEqual([]);
  });

  it('says whether one mention contains a span', () => {
    expect(spans.contains(3, 9)).toBe(true);
    expect(spans.contains(3, 10)).toBe(false);
    expect(spans.contains(10, 11)).toBe(false);
  });
});
