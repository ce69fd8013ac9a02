import type { Filters } from './filters/types.ts';
import { DEFAULT_FILTERS } from './filters/types.ts';
import type { Focus, PathQuery } from './focus/types.ts';
import type { Lang } from './i18n/types.ts';
import type { Appearance } from './layout/types.ts';

export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

/** Everything the display depends on besides the graph. Rendering reads it, actions replace it. */
export interface AppState {
  filters: Filters;
  selection: Selection;
  focus: Focus | null;
  path: Partial<PathQuery>;
  lang: Lang;
  appearance: Appearance;
}

export const DEFAULT_STATE: AppState = {
  filters: DEFAULT_FILTERS,
  selection: null,
  focus: null,
  path: {},
  lang: 'zh',
  appearance: { colorBy: 'type', sizeBy: 'degree' },
};

export interface Store {
  get(): AppState;
  update(change: (s: AppState) => AppState): void;
  subscribe(listener: (s: AppState, previous: AppState) => void): void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners: ((s: AppState, previous: AppState) => void)[] = [];
  return {
    get: () => state,
    update(change) {
      const previous = state;
      state = change(state);
      if (state !== previous) for (const l of listeners) l(state, previous);
    },
    subscribe: (l) => void listeners.push(l),
  };
}
