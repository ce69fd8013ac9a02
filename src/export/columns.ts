// The flat columns of GEXF, GraphML and CSV: one list, so the three exports agree.
// Lists become joined strings and counts; evidence becomes its best sentence.
import type { EdgeAttributes, NodeAttributes } from '../graph/types.ts';

export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

export interface Column<A> {
  name: string;
  type: ColumnType;
  get(a: A): string | number | boolean | undefined;
}

export const NODE_COLUMNS: Column<NodeAttributes>[] = [
  { name: 'label', type: 'string', get: (a) => a.label },
  { name: 'type', type: 'string', get: (a) => a.type },
  { name: 'aliases', type: 'string', get: (a) => a.aliases.join('|') },
  { name: 'mentions', type: 'int', get: (a) => a.mentions },
  { name: 'articleCount', type: 'int', get: (a) => a.articles.length },
  { name: 'docCount', type: 'int', get: (a) => a.docs.length },
  { name: 'role', type: 'string', get: (a) => a.role },
  { name: 'code', type: 'string', get: (a) => a.code },
  { name: 'parent', type: 'string', get: (a) => a.parent },
  { name: 'path', type: 'string', get: (a) => a.path?.join('/') },
  { name: 'masked', type: 'boolean', get: (a) => a.masked ?? false },
  { name: 'identity', type: 'string', get: (a) => a.identity },
  { name: 'pinyin', type: 'string', get: (a) => a.pinyin },
  { name: 'degree', type: 'int', get: (a) => a.degree },
  { name: 'weightedDegree', type: 'double', get: (a) => a.weightedDegree },
  { name: 'pagerank', type: 'double', get: (a) => a.pagerank },
  { name: 'community', type: 'int', get: (a) => a.community },
  { name: 'x', type: 'double', get: (a) => a.x },
  { name: 'y', type: 'double', get: (a) => a.y },
  { name: 'size', type: 'double', get: (a) => a.size },
  { name: 'color', type: 'string', get: (a) => a.color },
];

export const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { name: 'kind', type: 'string', get: (a) => a.kind },
  { name: 'weight', type: 'double', get: (a) => a.weight },
  // `source` in graph.json; renamed here because source/target name the ends in every edge list format
  { name: 'provenance', type: 'string', get: (a) => a.source },
  { name: 'sentences', type: 'int', get: (a) => a.sentences },
  { name: 'articles', type: 'int', get: (a) => a.articles },
  { name: 'dice', type: 'double', get: (a) => a.dice },
  { name: 'docCount', type: 'int', get: (a) => a.docs?.length },
  { name: 'credit', type: 'string', get: (a) => a.credit },
  { name: 'evidence', type: 'string', get: (a) => a.evidence[0]?.text },
  { name: 'evidenceArticle', type: 'string', get: (a) => a.evidence[0]?.article },
];
