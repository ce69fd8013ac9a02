import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, NodeAttrs } from '../graph/types.ts';
import { edgeSize, nodeColor, nodeSize, type SizeScale } from '../layout/appearance.ts';
import type { AppState } from '../state.ts';
import type { View } from './view.ts';

const MUTED_NODE = '#d9d9d9';
const MUTED_EDGE = '#eeeeee';
const EDGE = '#c4c4c4';
const TYPED_EDGE = '#9aa7b8';
const EMPHASIS_EDGE = '#d62728';

/** Display data of one node from its attributes, the UI state and the precomputed view. */
export function reduceNode(key: string, attrs: NodeAttrs, state: AppState, view: View, scale: SizeScale): Partial<NodeDisplayData> {
  if (!view.shown.nodes.has(key)) return { visibility: 'hidden', labelVisibility: 'hidden' };
  const size = nodeSize(attrs, state.appearance.sizeBy, scale);
  const selected = state.selection?.kind === 'node' && state.selection.key === key;
  const onPath = view.path?.nodes.includes(key) ?? false;
  if (view.emphasisNodes && !view.emphasisNodes.has(key)) {
    return { visibility: 'visible', color: MUTED_NODE, size, label: null, zIndex: 0, highlighted: false };
  }
  return {
    visibility: 'visible',
    color: nodeColor(attrs, state.appearance.colorBy),
    size,
    label: attrs.label,
    zIndex: selected || onPath ? 2 : view.emphasisNodes ? 1 : 0,
    highlighted: selected || onPath,
    labelVisibility: selected || onPath || view.emphasisNodes ? 'visible' : 'auto',
  };
}

export function reduceEdge(key: string, attrs: EdgeAttrs, view: View): Partial<EdgeDisplayData> {
  if (!view.shown.edges.has(key)) return { visibility: 'hidden' };
  const size = edgeSize(attrs.weight);
  if (view.emphasisEdges) {
    return view.emphasisEdges.has(key)
      ? { visibility: 'visible', color: view.path ? EMPHASIS_EDGE : TYPED_EDGE, size: view.path ? size + 2 : size + 1, zIndex: 1 }
      : { visibility: 'visible', color: MUTED_EDGE, size, zIndex: 0 };
  }
  return { visibility: 'visible', color: attrs.kind === 'cooccurrence' ? EDGE : TYPED_EDGE, size, zIndex: 0 };
}
