import { describe, expect, it } from 'vitest';
import { fixtureGraph } from '../fixture.ts';
import { search, searchEntries } from './search.ts';

describe('search', async () => {
  const graph = fixtureGraph();
  const entries = await searchEntries(graph);
  const top = (q: string) => search(entries, q)[0]?.entry.key;

  it('finds by name, full pinyin and initials', () => {
    expect(top('赵立平')).toBe('person:赵立平');
    expect(top('zhaoliping')).toBe('person:赵立平');
    expect(top('zlp')).toBe('person:赵立平');
    expect(top('三长制')).toBe('programme:三长制');
    expect(top('scz')).toBe('programme:三长制');
  });

  it('finds by alias and says which alias matched', () => {
    const hit = search(entries, '永州公安')[0];
    expect(hit.entry.key).toBe('organisation:永州市公安局');
    expect(hit.matched).toBe('永州公安');
  });

  it('puts exact and prefix matches before substrings', () => {
    const keys = search(entries, '零陵区').map((h) => h.entry.key);
    expect(keys[0]).toBe('place:零陵区');
    expect(keys).toContain('organisation:零陵区委');
  });

  it('ignores case and spaces, returns nothing for an empty query', () => {
    expect(top(' ZLP ')).toBe('person:赵立平');
    expect(search(entries, '   ')).toEqual([]);
  });

  it('computes pinyin with pinyin-pro when the attribute is missing', async () => {
    graph.forEachNode((n) => graph.removeNodeAttribute(n, 'pinyin'));
    const computed = await searchEntries(graph);
    expect(search(computed, 'zlp')[0].entry.key).toBe('person:赵立平');
    expect(search(computed, 'lingling')[0].entry.label).toMatch(/^零陵/);
  });
});
