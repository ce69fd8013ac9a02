// The attributes of data/graph.json, exactly as docs/graph-schema.md fixes them.
import type { MultiGraph } from 'graphology';
import type { EntityType } from '../model/types.ts';

export type NodeType = EntityType | 'article';
export const NODE_TYPES: readonly NodeType[] = ['person', 'place', 'organisation', 'programme', 'article'];

export type RelationKind = 'within' | 'part_of' | 'located_in' | 'holds_role_at' | 'reported';
export type EdgeKind = 'cooccurrence' | RelationKind;
export const EDGE_KINDS: readonly EdgeKind[] = ['cooccurrence', 'within', 'part_of', 'located_in', 'holds_role_at', 'reported'];

/** A sentence (or a short run of sentences) that shows why an edge exists. */
export interface Evidence {
  article: string;
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface NodeAttributes {
  label: string;
  type: NodeType;
  aliases: string[];
  mentions: number;
  articles: string[];
  docs: string[];
  role?: string;
  code?: string;
  parent?: string;
  path?: string[];
  /** Persons only: the name is masked (魏某德), so the node belongs to one article. */
  masked?: boolean;
  /** Persons only: what joined mentions across pages ('byline' | 'organisation' | 'place' | 'page'). */
  identity?: 'byline' | 'organisation' | 'place' | 'page';
  pinyin: string;
  degree: number;
  weightedDegree: number;
  pagerank: number;
  community: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  evidence: Evidence[];
  source: 'text' | 'gazetteer' | 'byline';
  /** cooccurrence only */
  sentences?: number;
  articles?: number;
  dice?: number;
  docs?: string[];
  /** reported only: how the article credits the person. */
  credit?: 'byline' | 'photo';
}

export interface PageSummary {
  doc: string;
  hash: string;
  articles: number;
}

export interface ArticleSummary {
  doc: string;
  title: string;
  byline: string[];
}

export interface GraphAttributes {
  generator: 'newsgraph';
  pages: PageSummary[];
  articles: Record<string, ArticleSummary>;
}

export type NewsGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Byte order of keys: the one sort used for every list, so outputs never depend on locale. */
export const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
