import { MultiGraph } from 'graphology';
import { flatItems, type FlatEvidence, type Texts } from './evidence.ts';
import type { EdgeAttributes, EdgeKind, GraphAttributes, NewsGraph, NodeAttributes } from './types.ts';

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

/** A relation (within, part_of …); its evidence is in the store's `typedEvidence`, at its place in `typed`. */
export interface TypedEdge {
  key: string;
  source: string;
  target: string;
  attributes: Omit<EdgeAttributes, 'evidence'>;
}

/** Everything a GraphStore holds: plain data and typed arrays, so a worker thread can be sent a copy. */
export interface StoreData {
  attributes: GraphAttributes;
  keys: string[];
  nodes: NodeAttributes[];
  co: CoEdges;
  typed: TypedEdge[];
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
  readonly typed: TypedEdge[];

  constructor(readonly data: StoreData) {
    ({ keys: this.keys, nodes: this.nodes, co: this.co, typed: this.typed } = data);
  }

  get order(): number {
    return this.keys.length;
  }

  get size(): number {
    return this.co.source.length + this.typed.length;
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
    for (let i = 0; i < this.typed.length; i++) {
      const { key, source, target, attributes: a } = this.typed[i];
      const attributes: EdgeAttributes = { kind: a.kind, weight: a.weight, evidence: flatItems(this.data.typedEvidence, this.data.articles, i), source: a.source };
      if (a.credit) attributes.credit = a.credit;
      yield { edge: key, source, target, attributes, undirected: false };
    }
  }

  edgeKindCounts(): Map<EdgeKind, number> {
    const counts = new Map<EdgeKind, number>([['cooccurrence', this.co.source.length]]);
    for (const { attributes: a } of this.typed) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
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
