/** Ego network of one node. */
export interface Focus { node: string; hops: 1 | 2 }

/** Shortest path request between two entities; the result is derived, never stored in state. */
export interface PathQuery { from: string; to: string }

export interface PathResult { nodes: string[]; edges: string[] }
