import type { NewsGraph } from '../graph/types.ts';
import { visibleSubgraph, type Visible } from '../filters/visible.ts';
import { egoNodes } from '../focus/ego.ts';
import { shortestPath } from '../focus/path.ts';
import type { PathResult } from '../focus/types.ts';
import type { AppState } from '../state.ts';

/**
 * What the reducers need, computed once per state change rather than once per node per frame.
 * `shown` is what is drawn (visible, narrowed to the focus); `emphasis` is drawn in colour while
 * the rest of `shown` is greyed (the path, or the selection and its neighbours).
 */
export interface View {
  visible: Visible;
  shown: Visible;
  path: PathResult | null;
  emphasisNodes: Set<string> | null;
  emphasisEdges: Set<string> | null;
}

export function computeView(graph: NewsGraph, state: AppState): View {
  const visible = visibleSubgraph(graph, state.filters);
  let shown = visible;
  if (state.focus) {
    const nodes = egoNodes(graph, visible, state.focus.node, state.focus.hops);
    const edges = new Set([...visible.edges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))));
    shown = { nodes, edges };
  }
  const path = state.path.from && state.path.to ? shortestPath(graph, shown, state.path.from, state.path.to) : null;

  let emphasisNodes: Set<string> | null = null;
  let emphasisEdges: Set<string> | null = null;
  if (path) {
    emphasisNodes = new Set(path.nodes);
    emphasisEdges = new Set(path.edges);
  } else if (state.selection?.kind === 'node' && shown.nodes.has(state.selection.key)) {
    const key = state.selection.key;
    emphasisNodes = new Set([key]);
    emphasisEdges = new Set();
    graph.forEachEdge(key, (edge, _a, source, target) => {
      if (!shown.edges.has(edge)) return;
      emphasisEdges!.add(edge);
      emphasisNodes!.add(source === key ? target : source);
    });
  } else if (state.selection?.kind === 'edge' && shown.edges.has(state.selection.key)) {
    const edge = state.selection.key;
    emphasisNodes = new Set([graph.source(edge), graph.target(edge)]);
    emphasisEdges = new Set([edge]);
  }
  return { visible, shown, path, emphasisNodes, emphasisEdges };
}

/** Whether the view or the reducers could differ between two states: everything but the language. */
export function displayChanged(a: AppState, b: AppState): boolean {
  return a.filters !== b.filters || a.focus !== b.focus || a.path !== b.path
    || a.selection !== b.selection || a.appearance !== b.appearance;
}
