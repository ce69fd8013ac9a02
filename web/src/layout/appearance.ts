import type { EntityType, NodeAttrs } from '../graph/types.ts';
import type { Appearance } from './types.ts';

export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#e15759',
  place: '#4e79a7',
  organisation: '#f28e2b',
  programme: '#59a14f',
  article: '#9c9c9c',
};

// Tableau-like palette; communities beyond it cycle.
const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export function nodeColor(attrs: NodeAttrs, colorBy: Appearance['colorBy']): string {
  if (colorBy === 'community' && Number.isInteger(attrs.community)) {
    return COMMUNITY_COLORS[(attrs.community as number) % COMMUNITY_COLORS.length];
  }
  return TYPE_COLORS[attrs.type] ?? '#666';
}

export interface SizeScale { maxDegree: number; maxPagerank: number }

/** 3 to 12 pixels by the square root of the metric, so hubs stand out without hiding the rest. */
export function nodeSize(attrs: NodeAttrs, sizeBy: Appearance['sizeBy'], scale: SizeScale): number {
  const value = sizeBy === 'pagerank' ? (attrs.pagerank ?? 0) / (scale.maxPagerank || 1) : (attrs.degree ?? 0) / (scale.maxDegree || 1);
  return 3 + 9 * Math.sqrt(Math.max(0, value));
}

export function edgeSize(weight: number): number {
  return Math.min(6, 0.5 + Math.log2(1 + weight));
}
