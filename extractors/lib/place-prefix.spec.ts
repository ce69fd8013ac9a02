import { describe, expect, it } from 'vitest';
import { PrefixLengths } from './place-prefix.ts';

describe('PrefixLengths', () => {
  const lengths = new PrefixLengths(['永州市', '永州', '永州市零陵区', '湘', '湘江', '']);

  it('lists the lengths of the names starting with the two characters at an offset, longest first', () => {
    expect(lengths.at('在永州市', 1)).toEqual([6, 3, 2]);
    expect(lengths.at('湘江边', 0)).toEqual([2]);
    expect(lengths.at('在永州市', 0)).toEqual([]);
  });

  it('matches a one-character name only where the text ends, as text.slice(i, i + 2) would', () => {
    expect(lengths.at('沿湘', 1)).toEqual([1]);
    expect(lengths.at('湘西', 0)).toEqual([]);
  });
});

describe('PrefixLengths.mayBe', () => {
  it('never rejects a listed name', () => {
    const names = ['永州市', '零陵区', '湘江', '向阳街道', '平安村'];
    const lengths = new PrefixLengths(names);
    const text = `在${names.join('和')}`;
    for (const n of names) expect(lengths.mayBe(text, text.indexOf(n), n.length)).toBe(true);
  });
});
