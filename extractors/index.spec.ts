import { describe, expect, it } from 'vitest';
import type { Mention } from '../src/model/types.ts';
import { filterSpans } from './index.ts';

const m = (type: Mention['type'], start: number, end: number, source: string = type): Mention => ({ type, text: 'x'.repeat(end - start), start, end, source });

describe('filterSpans', () => {
  it('keeps the longer of two spans of different types that overlap', () => {
    expect(filterSpans([m('place', 0, 2), m('organisation', 0, 4)])).toEqual([m('organisation', 0, 4)]);
  });

  it('keeps nested spans of one type, by start then longest', () => {
    expect(filterSpans([m('place', 0, 2), m('place', 0, 5), m('place', 3, 5)])).toEqual([m('place', 0, 5), m('place', 0, 2), m('place', 3, 5)]);
  });

  it('keeps one of a span given twice, even with a span of another type between them', () => {
    const first = m('place', 2, 4, 'place:gazetteer');
    const kept = filterSpans([first, m('organisation', 2, 4), m('place', 2, 4, 'place:anaphor'), m('place', 0, 2)]);
    expect(kept).toEqual([m('place', 0, 2), first]);
  });
});
