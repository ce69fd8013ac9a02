import { existsSync, readFileSync, statSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import {
  byKey,
  type EdgeAttributes,
  type EdgeKind,
  type Evidence,
  type GraphAttributes,
  type NewsGraph,
  type NodeAttributes,
  type NodeType,
} from '../graph/types.ts';
import { EdgeFile, wholeGraph, type EdgeSource } from './edges.ts';
import { NameIndex, type Match } from './find.ts';
import { readGraphLines } from './load.ts';
import { egoNodes, shortestPath } from './path.ts';

export type { Match } from './find.ts';

/** A name that is no node: carries close matches so the message can suggest them. */
export class NotFoundError extends Error {
  constructor(
    readonly name: string,
    readonly suggestions: Match[],
  ) {
    const hint = suggestions.length ? `; did you mean ${suggestions.map((m) => `${m.label} (${m.type})`).join(', ')}?` : '';
    super(`no entity named '${name}'${hint}`);
  }
}

export interface NodeRef {
  id: string;
  label: string;
  type: NodeType;
}

export interface Neighbour extends NodeRef {
  edge: string;
  kind: EdgeKind;
  /** out: this node → neighbour; in: neighbour → this node; both: undirected (co-occurrence). */
  direction: 'out' | 'in' | 'both';
  weight: number;
  dice?: number;
  sentences?: number;
  articles?: number;
}

export interface EdgeView {
  edge: string;
  kind: EdgeKind;
  source: string;
  target: string;
  weight: number;
  evidence: Evidence[];
}

export interface PathStep extends NodeRef {
  /** The edge that leads to the next step (absent on the last). */
  via?: { edge: string; kind: EdgeKind; forward: boolean };
}

export type TopMetric = 'pagerank' | 'degree' | 'weightedDegree' | 'mentions';

export interface ProgrammePlace {
  programme: string;
  programmeLabel: string;
  place: string;
  placeLabel: string;
  /** Articles naming both. */
  articles: number;
}

/** Relations say more than co-occurrence: a path prefers them when two steps are tied. */
const KIND_PREFERENCE: EdgeKind[] = ['holds_role_at', 'part_of', 'located_in', 'within', 'reported', 'cooccurrence'];

/**
 * Typed queries over a built graph. Every function takes a node id or a name (label, alias, pinyin).
 * `edges`: where the edges a question needs come from, when `graph` does not hold them all (EdgeFile).
 */
export class GraphQuery {
  private names: NameIndex;
  private articleIndex?: Map<string, string[]>;

  constructor(
    readonly graph: NewsGraph,
    private readonly edges: EdgeSource = wholeGraph(graph),
  ) {
    this.names = new NameIndex(graph);
  }

  /** Nodes called `name` (label, alias, full pinyin or initials; else labels containing it), best first. */
  find(name: string, options: { type?: NodeType; limit?: number } = {}): Match[] {
    const found = this.names.find(name, options.type);
    return options.limit ? found.slice(0, options.limit) : found;
  }

  /** The node id for an id or a name: the best match; NotFoundError (with suggestions) when none. */
  resolve(ref: string, type?: NodeType): string {
    if (this.graph.hasNode(ref)) return ref;
    const [best] = this.names.find(ref, type);
    if (!best) throw new NotFoundError(ref, this.names.suggest(ref));
    return best.id;
  }

  /** All attributes of a node, with its id. */
  entity(ref: string): NodeAttributes & { id: string } {
    const id = this.resolve(ref);
    return { id, ...this.graph.getNodeAttributes(id) };
  }

  private ref(id: string): NodeRef {
    const a = this.graph.getNodeAttributes(id);
    return { id, label: a.label, type: a.type };
  }

  /** Adjacent nodes with the edge that joins them, heaviest first; filter by node type, edge kind, minimum weight. */
  neighbours(ref: string, options: { type?: NodeType; kind?: EdgeKind; minWeight?: number; limit?: number } = {}): Neighbour[] {
    const id = this.resolve(ref);
    this.edges.load([id]);
    const out: Neighbour[] = [];
    this.graph.forEachEdge(id, (edge, a, source, target, _s, _t, undirected) => {
      const other = source === id ? target : source;
      if (options.kind && a.kind !== options.kind) return;
      if (options.minWeight !== undefined && a.weight < options.minWeight) return;
      const node = this.ref(other);
      if (options.type && node.type !== options.type) return;
      const n: Neighbour = { ...node, edge, kind: a.kind, direction: undirected ? 'both' : source === id ? 'out' : 'in', weight: a.weight };
      if (a.dice !== undefined) n.dice = a.dice;
      if (a.sentences !== undefined) n.sentences = a.sentences;
      if (a.articles !== undefined) n.articles = a.articles;
      out.push(n);
    });
    out.sort((x, y) => y.weight - x.weight || byKey(x.id, y.id) || byKey(x.edge, y.edge));
    return options.limit ? out.slice(0, options.limit) : out;
  }

  /** Every edge between two nodes (any kind, either direction) with its evidence sentences. */
  evidence(a: string, b: string): EdgeView[] {
    const x = this.resolve(a);
    const y = this.resolve(b);
    this.edges.load([x], new Set([y]));
    return this.graph
      .edges(x, y)
      .concat(this.graph.edges(y, x))
      .filter((e, i, all) => all.indexOf(e) === i)
      .sort(byKey)
      .map((edge) => {
        const attrs = this.graph.getEdgeAttributes(edge);
        return { edge, kind: attrs.kind, source: this.graph.source(edge), target: this.graph.target(edge), weight: attrs.weight, evidence: attrs.evidence };
      });
  }

  /** Shortest chain of nodes from a to b over all edges (unweighted, direction ignored); null if unconnected. */
  path(a: string, b: string): PathStep[] | null {
    const nodes = shortestPath(this.edges.neighbours, this.resolve(a), this.resolve(b));
    if (!nodes) return null;
    return nodes.map((id, i) => {
      const step: PathStep = this.ref(id);
      const next = nodes[i + 1];
      if (next) {
        this.edges.load([id], new Set([next]));
        const edges = this.graph.edges(id, next).concat(this.graph.edges(next, id));
        const edge = edges.sort((e, f) => KIND_PREFERENCE.indexOf(this.kind(e)) - KIND_PREFERENCE.indexOf(this.kind(f)) || byKey(e, f))[0];
        step.via = { edge, kind: this.kind(edge), forward: this.graph.source(edge) === id || this.graph.isUndirected(edge) };
      }
      return step;
    });
  }

  private kind(edge: string): EdgeKind {
    return this.graph.getEdgeAttribute(edge, 'kind');
  }

  /** The neighbourhood within `hops` (at most `limit` nodes, nearest first) and the edges among it. */
  ego(ref: string, hops = 1, limit = 1000): { nodes: NodeRef[]; edges: Array<Omit<EdgeView, 'evidence'>> } {
    const ids = egoNodes(this.edges.neighbours, this.resolve(ref), hops, limit);
    const inside = new Set(ids);
    const edges: Array<Omit<EdgeView, 'evidence'>> = [];
    this.edges.load(ids, inside);
    for (const id of ids) {
      this.graph.forEachOutboundEdge(id, (edge, a, source, target) => {
        if (source === id && inside.has(target)) edges.push({ edge, kind: a.kind, source, target, weight: a.weight });
      });
    }
    return { nodes: ids.map((id) => this.ref(id)), edges: edges.sort((x, y) => byKey(x.edge, y.edge)) };
  }

  /** The highest-ranked nodes by a metric, optionally of one type. */
  top(options: { type?: NodeType; by?: TopMetric; limit?: number } = {}): Array<NodeRef & { value: number }> {
    const by = options.by ?? 'pagerank';
    const limit = options.limit ?? 10;
    if (limit < 1) return [];
    const better = (x: { id: string; value: number }, y: { id: string; value: number }) => y.value - x.value || byKey(x.id, y.id);
    // A bounded insertion list: a large graph is scanned once, never sorted whole.
    const out: Array<NodeRef & { value: number }> = [];
    this.graph.forEachNode((id, a) => {
      if (options.type ? a.type !== options.type : a.type === 'article') return;
      const item = { id, label: a.label, type: a.type, value: a[by] };
      if (out.length === limit && better(item, out[limit - 1]) >= 0) return;
      let i = out.length;
      while (i > 0 && better(item, out[i - 1]) < 0) i--;
      out.splice(i, 0, item);
      if (out.length > limit) out.pop();
    });
    return out;
  }

  /** Which places took up which programme: programme × place with the number of articles naming both. */
  programmePlaces(): ProgrammePlace[] {
    const byArticle = this.nodesByArticle();
    const rows: ProgrammePlace[] = [];
    this.graph.forEachNode((programme, p) => {
      if (p.type !== 'programme') return;
      const counts = new Map<string, number>();
      for (const article of p.articles) {
        for (const place of byArticle.get(article) ?? []) {
          if (this.graph.getNodeAttribute(place, 'type') === 'place') counts.set(place, (counts.get(place) ?? 0) + 1);
        }
      }
      for (const [place, articles] of counts) {
        rows.push({ programme, programmeLabel: p.label, place, placeLabel: this.graph.getNodeAttribute(place, 'label'), articles });
      }
    });
    return rows.sort((a, b) => byKey(a.programme, b.programme) || b.articles - a.articles || byKey(a.place, b.place));
  }

  private nodesByArticle(): Map<string, string[]> {
    if (!this.articleIndex) {
      const index = new Map<string, string[]>();
      this.graph.forEachNode((id, a) => {
        if (a.type === 'article') return;
        for (const article of a.articles) {
          const list = index.get(article) ?? [];
          list.push(id);
          index.set(article, list);
        }
      });
      this.articleIndex = index;
    }
    return this.articleIndex;
  }
}

export interface OpenOptions {
  /**
   * 'all' (default): every edge is read now, and `graph` holds them. 'as-needed': the nodes now, each
   * edge when a question needs it (see EdgeFile), so a large graph opens in seconds; `graph` then holds
   * the edges read so far. A graph.json laid out otherwise than `newsgraph build` writes it is read whole.
   */
  edges?: 'all' | 'as-needed';
}

/** Loads data/graph.json (or another graph written by `newsgraph build`) for querying. */
export function openGraph(path = 'data/graph.json', { edges = 'all' }: OpenOptions = {}): GraphQuery {
  if (!existsSync(path)) throw new Error(`no graph at ${path}; run 'newsgraph build' first`);
  try {
    if (edges === 'as-needed') {
      const opened = statSync(path);
      const nodes = readGraphLines(path, { edges: false });
      return nodes ? new GraphQuery(nodes, new EdgeFile(path, nodes, opened)) : new GraphQuery(parseWhole(path));
    }
    return new GraphQuery(readGraphLines(path) ?? parseWhole(path));
  } catch (err) {
    throw new Error(`${path} is not a graph written by 'newsgraph build' (${(err as Error).message.split('\n')[0]}); build it again`);
  }
}

/** Any graphology export, compact or not (small files only: one string holds it all). */
function parseWhole(path: string): NewsGraph {
  const graph: NewsGraph = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', allowSelfLoops: false });
  graph.import(JSON.parse(readFileSync(path, 'utf8')));
  return graph;
}
