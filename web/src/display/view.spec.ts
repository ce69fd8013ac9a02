import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../state.ts';
import { displayChanged } from './view.ts';

describe('displayChanged', () => {
  it('ignores the language, which no reducer reads', () => {
    expect(displayChanged(DEFAULT_STATE, { ...DEFAULT_STATE, lang: 'en' })).toBe(false);
  });
  it('sees a new selection, filters or appearance', () => {
    expect(displayChanged(DEFAULT_STATE, { ...DEFAULT_STATE, selection: { kind: 'node', key: 'person:a' } })).toBe(true);
    expect(displayChanged(DEFAULT_STATE, { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters } })).toBe(true);
    expect(displayChanged(DEFAULT_STATE, { ...DEFAULT_STATE, appearance: { colorBy: 'community', sizeBy: 'degree' } })).toBe(true);
  });
});
