import type { EntityType } from '../graph/types.ts';

/** 'typed' groups every relation that is not co-occurrence (within, part_of, holds_role_at …). */
export type RelationGroup = 'cooccurrence' | 'typed';

export interface Filters {
  types: EntityType[];
  relations: RelationGroup[];
  minWeight: number;
  minDegree: number;
  /** Page file names; empty means every page. */
  docs: string[];
  hideIsolated: boolean;
}

/** Article nodes are hidden until asked for: they would otherwise crowd out the entities. */
export const DEFAULT_FILTERS: Filters = {
  types: ['person', 'place', 'organisation', 'programme'],
  relations: ['cooccurrence', 'typed'],
  minWeight: 0,
  minDegree: 0,
  docs: [],
  hideIsolated: false,
};
