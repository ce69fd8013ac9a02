import { describe, expect, it } from 'vitest';
import { revealType, setFilters } from './filters/actions.ts';
import { DEFAULT_FILTERS } from './filters/types.ts';
import { clearFocus, clearPath, focusOn, pathFrom, pathTo } from './focus/actions.ts';
import { toggleLanguage } from './i18n/actions.ts';
import { closePanel, selectEdge, selectNode } from './panel/actions.ts';
import { createStore, DEFAULT_STATE } from './state.ts';

describe('state actions', () => {
  it('select, focus and path build on each other without touching the rest', () => {
    let s = selectNode(DEFAULT_STATE, 'person:赵立平');
    s = focusOn(s, 'person:赵立平', 2);
    s = pathTo(pathFrom(s, 'person:赵立平'), 'programme:三长制');
    expect(s).toMatchObject({
      selection: { kind: 'node', key: 'person:赵立平' },
      focus: { node: 'person:赵立平', hops: 2 },
      path: { from: 'person:赵立平', to: 'programme:三长制' },
      filters: DEFAULT_FILTERS,
    });
    expect(selectEdge(s, 'co:a|b').selection).toEqual({ kind: 'edge', key: 'co:a|b' });
    expect(clearPath(clearFocus(closePanel(s)))).toEqual(DEFAULT_STATE);
  });

  it('returns the same state when there is nothing to clear, so no redraw happens', () => {
    expect(closePanel(DEFAULT_STATE)).toBe(DEFAULT_STATE);
    expect(clearFocus(DEFAULT_STATE)).toBe(DEFAULT_STATE);
    let calls = 0;
    const store = createStore(DEFAULT_STATE);
    store.subscribe(() => calls++);
    store.update(closePanel);
    store.update((x) => selectNode(x, 'place:零陵区'));
    expect(calls).toBe(1);
  });

  it('reveals a hidden type once and toggles the language', () => {
    const s = revealType(DEFAULT_STATE, 'article');
    expect(s.filters.types).toContain('article');
    expect(revealType(s, 'article')).toBe(s);
    expect(setFilters(s, DEFAULT_FILTERS).filters).toBe(DEFAULT_FILTERS);
    expect(toggleLanguage(toggleLanguage(DEFAULT_STATE)).lang).toBe('zh');
    expect(toggleLanguage(DEFAULT_STATE).lang).toBe('en');
  });
});
