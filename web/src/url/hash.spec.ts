import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type AppState } from '../state.ts';
import { decodeState, encodeState, pruneMissing } from './hash.ts';

describe('URL state', () => {
  it('leaves the hash empty for the default state', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips selection, filters, focus, path, language and appearance', () => {
    const state: AppState = {
      filters: { types: ['person', 'article'], relations: ['typed'], minWeight: 2, minDegree: 3, docs: ['001_dddf51ff3723c7fd.txt'], hideIsolated: true },
      selection: { kind: 'node', key: 'person:魏某德@000_2da82a6f435e105f.txt#1' },
      focus: { node: 'place:零陵区', hops: 2 },
      path: { from: 'person:赵立平', to: 'programme:三长制' },
      lang: 'en',
      appearance: { colorBy: 'community', sizeBy: 'pagerank' },
    };
    const hash = encodeState(state);
    expect(decodeState(`#${hash}`)).toEqual(state);
    expect(decodeState(encodeState({ ...DEFAULT_STATE, selection: { kind: 'edge', key: 'co:a|b' } })).selection).toEqual({ kind: 'edge', key: 'co:a|b' });
  });

  it('falls back to defaults for malformed values, one by one', () => {
    const s = decodeState('#types=person,bogus&w=abc&lang=fr&hops=7&focus=place:零陵区');
    expect(s.filters.types).toEqual(['person']);
    expect(s.filters.minWeight).toBe(DEFAULT_STATE.filters.minWeight);
    expect(s.lang).toBe('zh');
    expect(s.focus).toEqual({ node: 'place:零陵区', hops: 1 });
  });

  it('drops nodes and edges the loaded graph lacks', () => {
    const s = decodeState('#node=person:nobody&focus=place:零陵区&from=x&to=place:零陵区');
    const pruned = pruneMissing(s, (k) => k === 'place:零陵区', () => false);
    expect(pruned.selection).toBeNull();
    expect(pruned.focus?.node).toBe('place:零陵区');
    expect(pruned.path).toEqual({ to: 'place:零陵区' });
  });
});
