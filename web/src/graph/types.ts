// The graph the explorer loads: docs/graph-schema.md, read-only in the browser except x/y (layout).
import type { MultiGraph } from 'graphology';

export type EntityType = 'person' | 'place' | 'organisation' | 'programme' | 'article';
export const ENTITY_TYPES: EntityType[] = ['person', 'place', 'organisation', 'programme', 'article'];

export interface Evidence { article: string; doc: string; start: number; end: number; text: string }

export interface NodeAttrs {
  label: string;
  type: EntityType;
  aliases?: string[];
  mentions?: number;
  articles?: string[];
  docs?: string[];
  role?: string;
  code?: string;
  parent?: string;
  path?: string[];
  pinyin?: string;
  degree?: number;
  weightedDegree?: number;
  pagerank?: number;
  community?: number;
  x: number;
  y: number;
  size?: number;
  color?: string;
}

export interface EdgeAttrs {
  kind: string;
  weight: number;
  evidence?: Evidence[];
  source?: string;
  sentences?: number;
  articles?: number;
  dice?: number;
  docs?: string[];
}

export interface ArticleInfo { doc: string; title: string; byline?: string[] }

export interface GraphAttrs {
  pages?: { doc: string; hash: string; articles: string[] }[];
  articles?: Record<string, ArticleInfo>;
  generator?: string;
  /** Set when the server sent a view of a graph too large to load whole (src/query/view.ts). */
  view?: { nodes: number; edges: number; totalNodes: number; totalEdges: number };
}

export type NewsGraph = MultiGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;
