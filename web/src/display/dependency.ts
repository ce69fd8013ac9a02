import type Sigma from 'sigma';
import type { StyleDependency } from 'sigma/types';

interface StyleInternals {
  internals?: { nodeStyleAnalysis?: { dependency: StyleDependency } };
  edgeStyleAnalysis?: { dependency: StyleDependency };
}

/**
 * Sigma 4 assumes a reducer may read its graph state (hovering, panning, zooming) and so re-runs
 * both reducers over every node and edge each time that state flips: at the start and end of
 * every zoom animation, drag and hover, about a second each on 100,000 edges. Ours read only the
 * graph and our own view, and main.ts refreshes sigma when those change; sigma's own styles only
 * read the item's state (hover depth), so "item-state" is the truth: only the items whose state
 * changed are re-evaluated. Sigma has no public setting for this, hence the cast.
 */
export function declareReducersItemState(renderer: Sigma<any, any, any>): void {
  const inner = renderer as unknown as StyleInternals;
  const node = inner.internals?.nodeStyleAnalysis;
  const edge = inner.edgeStyleAnalysis;
  // A sigma upgrade that moves these fields costs speed, never correctness: leave them as they are.
  if (node?.dependency === 'graph-state') node.dependency = 'item-state';
  if (edge?.dependency === 'graph-state') edge.dependency = 'item-state';
}
