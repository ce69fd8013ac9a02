import { MultiGraph } from 'graphology';
import { flatItems, type FlatEvidence, type Texts } from './evidence.ts';
import type { EdgeAttributes, EdgeKind, GraphAttributes, NewsGraph, NodeAttributes, RelationKind } from './types.ts';

/** What the writers read: a graphology graph is one, and so is a GraphStore. */
export interface GraphSource {
  readonly type: string;
  readonly multi: boolean;
  readonly allowSelfLoops: boolean;
  getAttributes(): GraphAttributes;
  nodeEntries(): Iterable<{ node: string; attributes: NodeAttributes }>;
  edgeEntries(): Iterable<{ edge: string; source: string; target: string; attributes: EdgeAttributes; undirected: boolean }>;
  /** Edges per kind, where the source can count them without making every edge's attributes. */
  edgeKindCounts?(): Map<EdgeKind, number>;
}

/** Co-occurrence edges as columns, in output order; ends are node positions, source first in key order. */
export interface CoEdges {
  source: Int32Array;
  target: Int32Array;
  sentences: Int32Array;
  articles: Int32Array;
  weight: Float64Array;
  dice: Float64Array;
  evidence: FlatEvidence;
  /** Edge e's pages are docNames[docs[k]] for k in docStart[e] … docStart[e+1]-1, in key order. */
  docStart: Int32Array;
  docs: Int32Array;
}

/** A relation (within, part_of …) as the builder makes it, before it becomes a row of TypedEdges. */
export interface TypedEdge {
  key: string;
  source: string;
  target: string;
  attributes: Omit<EdgeAttributes, 'evidence'>;
}

export const RELATION_KINDS: readonly RelationKind[] = ['within', 'part_of', 'located_in', 'holds_role_at', 'reported'];
export const RELATION_ORIGINS: readonly EdgeAttributes['source'][] = ['text', 'gazetteer', 'byline'];
/** Credit codes: 0 for none. */
export const CREDITS: readonly (EdgeAttributes['credit'] | undefined)[] = [undefined, 'byline', 'photo'];

/**
 * Relations as columns in key order (`kind:source|target`), ends as node positions, kind, origin and
 * credit as codes into the lists above: shared memory, so writer threads read them without a copy.
 * Relation i's evidence is in the store's `typedEvidence`, at i.
 */
export interface TypedEdges {
  source: Int32Array;
  target: Int32Array;
  kind: Uint8Array;
  weight: Float64Array;
  origin: Uint8Array;
  credit: Uint8Array;
}

/** Everything a GraphStore holds: plain data and typed arrays, so a worker thread can be sent a copy. */
export interface StoreData {
  attributes: GraphAttributes;
  keys: string[];
  nodes: NodeAttributes[];
  co: CoEdges;
  typed: TypedEdges;
  typedEvidence: FlatEvidence;
  /** What evidence points into and edge pages name. */
  articles: Texts;
  docNames: string[];
}

/**
 * The built graph in compact form: node attributes as objects (nodes are few next to edges), co-occurrence edges
 * as columns whose attribute objects are made one at a time while a writer reads them, so a graph
 * of millions of edges is written without ever being a graphology graph. `toGraph()` gives the same
 * graph as graphology, node for node and edge for edge, in the same order.
 */
export class GraphStore implements GraphSource {
  readonly type = 'mixed';
  readonly multi = true;
  readonly allowSelfLoops = false;
  readonly keys: string[];
  readonly nodes: NodeAttributes[];
  readonly co: CoEdges;
  readonly typed: TypedEdges;

  constructor(readonly data: StoreData) {
    ({ keys: this.keys, nodes: this.nodes, co: this.co, typed: this.typed } = data);
  }

  get order(): number {
    return this.keys.length;
  }

  get size(): number {
    return this.co.source.length + this.typed.source.length;
  }

  getAttributes(): GraphAttributes {
    return this.data.attributes;
  }

  *nodeEntries(): Generator<{ node: string; attributes: NodeAttributes }> {
    for (let i = 0; i < this.keys.length; i++) yield { node: this.keys[i], attributes: this.nodes[i] };
  }

  *edgeEntries(): Generator<{ edge: string; source: string; target: string; attributes: EdgeAttributes; undirected: boolean }> {
    for (let i = 0; i < this.co.source.length; i++) {
      const source = this.keys[this.co.source[i]];
      const target = this.keys[this.co.target[i]];
      yield { edge: `co:${source}|${target}`, source, target, attributes: this.coAttributes(i), undirected: true };
    }
    const typed = this.typed;
    for (let i = 0; i < typed.source.length; i++) {
      const source = this.keys[typed.source[i]];
      const target = this.keys[typed.target[i]];
      const kind = RELATION_KINDS[typed.kind[i]];
      const attributes: EdgeAttributes = { kind, weight: typed.weight[i], evidence: flatItems(this.data.typedEvidence, this.data.articles, i), source: RELATION_ORIGINS[typed.origin[i]] };
      const credit = CREDITS[typed.credit[i]];
      if (credit) attributes.credit = credit;
      yield { edge: `${kind}:${source}|${target}`, source, target, attributes, undirected: false };
    }
  }

  edgeKindCounts(): Map<EdgeKind, number> {
    const counts = new Map<EdgeKind, number>([['cooccurrence', this.co.source.length]]);
    for (const k of this.typed.kind) counts.set(RELATION_KINDS[k], (counts.get(RELATION_KINDS[k]) ?? 0) + 1);
    return counts;
  }

  private coAttributes(i: number): EdgeAttributes {
    const { co, articles, docNames } = this.data;
    const docs: string[] = [];
    for (let k = co.docStart[i]; k < co.docStart[i + 1]; k++) docs.push(docNames[co.docs[k]]);
    return {
      kind: 'cooccurrence',
      weight: co.weight[i],
      evidence: flatItems(co.evidence, articles, i),
      source: 'text',
      sentences: co.sentences[i],
      articles: co.articles[i],
      dice: co.dice[i],
      docs,
    };
  }

  /** The graph as graphology holds it: for queries and tests; a large corpus is written from the store. */
  toGraph(): NewsGraph {
    const graph: NewsGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
    graph.replaceAttributes(this.data.attributes);
    for (const { node, attributes } of this.nodeEntries()) graph.addNode(node, attributes);
    for (const { edge, source, target, attributes, undirected } of this.edgeEntries()) {
      if (undirected) graph.addUndirectedEdgeWithKey(edge, source, target, attributes);
      else graph.addDirectedEdgeWithKey(edge, source, target, attributes);
    }
    return graph;
  }
}
