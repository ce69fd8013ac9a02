import type { EntityType } from '../graph/types.ts';
import type { AppState } from '../state.ts';
import type { Filters } from './types.ts';

export const setFilters = (s: AppState, filters: Filters): AppState => ({ ...s, filters });

/** Makes sure nodes of `type` are shown (a search hit of a hidden type was asked for by name). */
export const revealType = (s: AppState, type: EntityType): AppState =>
  s.filters.types.includes(type) ? s : { ...s, filters: { ...s.filters, types: [...s.filters.types, type] } };
