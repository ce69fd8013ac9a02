import { ENTITY_TYPES, type EntityType } from '../model/types.ts';
import type { GraphSource } from './store.ts';
import { EDGE_KINDS, type EdgeKind } from './types.ts';

export interface GraphSummary {
  pages: number;
  articles: number;
  entities: Record<EntityType, number>;
  edges: Record<EdgeKind, number>;
}

/** Counts for the build line: pages, articles, entities per type, edges per kind. */
export function summarise(graph: GraphSource): GraphSummary {
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const edges = Object.fromEntries(EDGE_KINDS.map((k) => [k, 0])) as Record<EdgeKind, number>;
  let articles = 0;
  for (const { attributes: a } of graph.nodeEntries()) {
    if (a.type === 'article') articles++;
    else entities[a.type]++;
  }
  // A store counts from its columns: going through edgeEntries would make every edge's evidence again.
  if (graph.edgeKindCounts) for (const [kind, n] of graph.edgeKindCounts()) edges[kind] += n;
  else for (const { attributes: a } of graph.edgeEntries()) edges[a.kind]++;
  return { pages: graph.getAttributes().pages.length, articles, entities, edges };
}

export const formatCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
